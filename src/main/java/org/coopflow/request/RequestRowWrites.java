package org.coopflow.request;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.coopflow.shared.TransactionMemo;
import org.springframework.stereotype.Component;

/**
 * Every write of {@code cooperation_request} (only {@link RequestMapper} writes it) makes the transaction forget the
 * request rows it remembers ({@link RequestLifecycle#find}): one place, whichever caller writes. Writes of the mapper's
 * other tables (the agencies, the reference counter) leave them remembered.
 */
@Component
@Intercepts(@Signature(type = Executor.class, method = "update", args = {MappedStatement.class, Object.class}))
class RequestRowWrites implements Interceptor {

    static final String MEMO = "request";

    private static final String NAMESPACE = RequestMapper.class.getName() + ".";

    /** Per statement of the mapper: whether it writes the request table (its SQL names it). */
    private final Map<String, Boolean> writesRequests = new ConcurrentHashMap<>();

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        MappedStatement statement = (MappedStatement) invocation.getArgs()[0];
        if (statement.getId().startsWith(NAMESPACE) && writesRequests.computeIfAbsent(statement.getId(),
                id -> statement.getBoundSql(invocation.getArgs()[1]).getSql().toLowerCase(Locale.ROOT)
                        .contains("cooperation_request"))) {
            TransactionMemo.forget(MEMO);
        }
        return invocation.proceed();
    }
}
