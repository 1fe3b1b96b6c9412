package org.coopflow.system;

import java.sql.Connection;
import java.util.List;
import java.util.Locale;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * V1: creates the Camunda engine's tables from the scripts shipped inside the engine jar, so Flyway
 * owns both schemas and runs (under its own lock, safe with several nodes) before the engine starts.
 * Engine upgrades add the engine's upgrade scripts as later migrations the same way.
 */
@Component
class CamundaSchemaMigration implements JavaMigration {

    private static final List<String> PARTS = List.of("engine", "history", "identity", "case.engine",
            "case.history", "decision.engine", "decision.history");

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("1");
    }

    @Override
    public String getDescription() {
        return "camunda engine schema 7.24";
    }

    @Override
    public Integer getChecksum() {
        return 724;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        String dbType = camundaDatabaseType(connection.getMetaData().getDatabaseProductName());
        for (String part : PARTS) {
            ClassPathResource script = new ClassPathResource(
                    "org/camunda/bpm/engine/db/create/activiti." + dbType + ".create." + part + ".sql");
            ScriptUtils.executeSqlScript(connection, script);
        }
    }

    /** The engine runs MariaDB on its MySQL scripts; Connector/J reports both as MySQL anyway. */
    static String camundaDatabaseType(String productName) {
        String name = productName.toLowerCase(Locale.ROOT);
        if (name.contains("h2")) {
            return "h2";
        }
        if (name.contains("mysql") || name.contains("mariadb")) {
            return "mysql";
        }
        throw new IllegalStateException("Unsupported database for CoopFlow: " + productName);
    }
}
