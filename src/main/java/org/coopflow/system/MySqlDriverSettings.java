package org.coopflow.system;

import java.util.Locale;
import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * MySQL Connector/J settings for the engine's workload, on whatever MySQL URL the operator gives (a setting
 * spelled out in the URL wins). Measured in docs/benchmarks.md:
 * <ul>
 * <li>{@code useLocalSessionState}: the driver otherwise asks the server {@code SELECT @@session.transaction_read_only}
 * before every JDBC batch the engine flushes — 25 extra round trips for each request submitted;</li>
 * <li>{@code cachePrepStmts} and friends: the engine's long statements are parsed once per connection instead of
 * on every execution; the server's settings are read once per pool, not once per connection.</li>
 * </ul>
 * Batches are not rewritten into multi-row statements ({@code rewriteBatchedStatements}): the engine reads the
 * per-statement update counts of its batches for optimistic locking.
 */
@Component
class MySqlDriverSettings implements BeanPostProcessor {

    static final Map<String, String> SETTINGS = Map.of(
            "useLocalSessionState", "true",
            "cachePrepStmts", "true",
            "prepStmtCacheSize", "500",
            "prepStmtCacheSqlLimit", "8192",
            "cacheServerConfiguration", "true",
            "cacheResultSetMetadata", "true",
            "maintainTimeStats", "false");

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:mysql:")) {
            String url = pool.getJdbcUrl().toLowerCase(Locale.ROOT);
            SETTINGS.forEach((name, value) -> {
                if (!url.contains(name.toLowerCase(Locale.ROOT) + "=")
                        && !pool.getDataSourceProperties().containsKey(name)) {
                    pool.addDataSourceProperty(name, value);
                }
            });
        }
        return bean;
    }
}
