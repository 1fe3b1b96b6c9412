package org.coopflow.request;

import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.coopflow.shared.TransactionMemo;
import org.springframework.stereotype.Component;

/**
 * Every write of {@link RequestMapper} (the only writer of {@code cooperation_request}) makes the transaction forget
 * the request rows it remembers ({@link RequestLifecycle#find}): one place, whichever caller writes.
 */
@Component
@Intercepts(@Signature(type = Executor.class, method = "update", args = {MappedStatement.class, Object.class}))
class RequestRowWrites implements Interceptor {

    static final String MEMO = "request";

    private static final String NAMESPACE = RequestMapper.class.getName() + ".";

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        MappedStatement statement = (MappedStatement) invocation.getArgs()[0];
        if (statement.getId().startsWith(NAMESPACE)) {
            TransactionMemo.forget(MEMO);
        }
        return invocation.proceed();
    }
}
