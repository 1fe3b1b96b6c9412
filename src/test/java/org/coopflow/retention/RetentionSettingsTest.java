package org.coopflow.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The retention settings: whole days, per-key overrides, the audit kept forever unless a period is given. */
class RetentionSettingsTest {

    private static final RetentionSettings.Cleanup CLEANUP = new RetentionSettings.Cleanup("01:00", "05:00", 500, 1);

    @Test
    void definitionsWithoutAnOverrideTakeTheEngineDefault() {
        RetentionSettings settings = new RetentionSettings(Duration.ofDays(180),
                Map.of("cooperationRequest", Duration.ofDays(365)), "forever", CLEANUP);

        assertThat(settings.historyDays("cooperationRequest")).isEqualTo(365);
        assertThat(settings.historyDays("routing")).isEqualTo(180);
        assertThat(settings.auditPeriod()).isEmpty();
    }

    @Test
    void theAuditMayBeKeptForAPeriod() {
        RetentionSettings settings = new RetentionSettings(Duration.ofDays(180), null, "P3650D", CLEANUP);

        assertThat(settings.auditPeriod()).contains(Duration.ofDays(3650));
        assertThat(settings.processes()).isEmpty();
    }

    @Test
    void periodsMustBeWholeDaysAndSayWhichSettingIsWrong() {
        assertThatThrownBy(() -> new RetentionSettings(Duration.ofHours(36), null, "forever", CLEANUP))
                .hasMessageContaining("coopflow.retention.engine-history");
        assertThatThrownBy(() -> new RetentionSettings(Duration.ofDays(1), Map.of("routing", Duration.ofMinutes(5)),
                "forever", CLEANUP)).hasMessageContaining("coopflow.retention.processes.routing");
        assertThatThrownBy(() -> new RetentionSettings(Duration.ofDays(1), null, "until next year", CLEANUP))
                .hasMessageContaining("coopflow.retention.audit").hasMessageContaining("forever");
        assertThatThrownBy(() -> new RetentionSettings.Cleanup("01:00", "05:00", 5000, 1))
                .hasMessageContaining("batch-size");
    }
}
