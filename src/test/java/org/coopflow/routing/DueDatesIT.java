package org.coopflow.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.coopflow.support.Api;
import org.coopflow.support.Journeys;
import org.coopflow.support.Journeys.Journey;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.ProcessDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * The service levels on the calendars: screening is due in Korean working days (Chuseok skipped), the decision's
 * PARTNER calendar counts the request's partner's working days in its time zone. The engine's clock is pinned.
 */
class DueDatesIT extends MariaDbIntegrationTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final ZoneId PHNOM_PENH = ZoneId.of("Asia/Phnom_Penh");

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ProcessDriver driver;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    ManagementService management;

    @Autowired
    ProcessEngineConfigurationImpl engineConfiguration;

    @Autowired
    DueDates dueDates;

    @AfterEach
    void realClock() {
        ClockUtil.reset();
    }

    @Test
    void screeningIsDueInFiveKoreanWorkingDaysPastChuseok() {
        // Friday 18 September 2026, 15:00 in Seoul; Chuseok is Thursday 24 to Saturday 26
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 9, 18, 15, 0).atZone(SEOUL).toInstant()));

        Journey request = Journeys.submittedIn(new Api(rest, "partner-kh"), "NATIONAL_ID");

        ProcessInstance screening = driver.instance(request.reference(), "requestScreening");
        Instant due = LocalDateTime.of(2026, 9, 29, 18, 0).atZone(SEOUL).toInstant();
        Task screen = tasks.createTaskQuery().processInstanceId(screening.getId()).singleResult();
        assertThat(screen.getDueDate().toInstant()).isEqualTo(due);
        // the service levels are read per step when it opens: nothing is kept on the process for them
        assertThat(runtime.getVariables(screening.getId())).doesNotContainKeys("screeningDue", "clarificationDays",
                "serviceLevel");
    }

    @Test
    void thePartnerCalendarCountsTheRequestsPartnersWorkingDaysInItsZone() {
        // Friday 10 April 2026, 16:00 in Phnom Penh; Khmer New Year is Tuesday 14 to Thursday 16
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 4, 10, 16, 0).atZone(PHNOM_PENH).toInstant()));
        Journey request = Journeys.submittedIn(new Api(rest, "partner-kh"), "NATIONAL_ID");
        ProcessInstance screening = driver.instance(request.reference(), "requestScreening");

        Date partnerDue = engineConfiguration.getCommandExecutorTxRequired().execute(context -> {
            ExecutionEntity execution = context.getExecutionManager().findExecutionById(screening.getId());
            return dueDates.afterWorkingDaysOf(execution, "PARTNER", 3);
        });
        Date koreanDue = dueDates.afterWorkingDays(3);

        assertThat(partnerDue.toInstant()).isEqualTo(LocalDateTime.of(2026, 4, 20, 18, 0).atZone(PHNOM_PENH).toInstant());
        assertThat(koreanDue.toInstant()).isEqualTo(LocalDateTime.of(2026, 4, 15, 18, 0).atZone(SEOUL).toInstant());
    }
}
