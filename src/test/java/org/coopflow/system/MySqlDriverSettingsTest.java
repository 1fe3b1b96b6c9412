package org.coopflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

class MySqlDriverSettingsTest {

    private final MySqlDriverSettings settings = new MySqlDriverSettings();

    @Test
    void aMySqlPoolGetsTheSettings() {
        HikariDataSource pool = pool("jdbc:mysql://db:3306/coopflow");

        settings.postProcessAfterInitialization(pool, "dataSource");

        assertThat(pool.getDataSourceProperties()).containsAllEntriesOf(MySqlDriverSettings.SETTINGS);
    }

    @Test
    void aSettingInTheUrlOrThePropertiesWins() {
        HikariDataSource pool = pool("jdbc:mysql://db:3306/coopflow?useLocalSessionState=false");
        pool.addDataSourceProperty("cachePrepStmts", "false");

        settings.postProcessAfterInitialization(pool, "dataSource");

        assertThat(pool.getDataSourceProperties()).doesNotContainKey("useLocalSessionState")
                .containsEntry("cachePrepStmts", "false").containsEntry("prepStmtCacheSize", "500");
    }

    @Test
    void otherDatabasesAreLeftAlone() {
        HikariDataSource pool = pool("jdbc:h2:file:./data/coopflow");

        settings.postProcessAfterInitialization(pool, "dataSource");

        assertThat(pool.getDataSourceProperties()).isEmpty();
    }

    private static HikariDataSource pool(String url) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        return pool;
    }
}
