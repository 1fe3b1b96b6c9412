package org.coopflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.coopflow.support.Api;
import org.coopflow.support.Browser;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.UserTexts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Journey 3: two intake officials, each in their own browser, have the same offered screening open; the
 * first claims it, the second — on a page that still offers it — clicks Claim too and is told on the page
 * who has it, without an error page; the task stays with the first.
 */
class ClaimConflictJourneyIT extends MariaDbIntegrationTest {

    private static final String WINNER = "intake";
    private static final String LOSER = "intake-2";
    private static final String WINNER_NAME = "Lee Ji-won";

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    TaskService taskService;

    @Autowired
    UserTexts texts;

    @Test
    void theSecondOfficialToClaimSeesWhoWasQuicker() {
        Api partner = new Api(rest, "partner-kh");
        Long id = partner.submitNew(Api.nationalIdRequest("Claim race " + UUID.randomUUID()));
        String reference = (String) partner.get("/api/v1/requests/" + id).getBody().get("reference");
        String taskId = new Api(rest, WINNER).taskId(id, "screenRequest");
        String taskPage = "/tasks/" + taskId;

        try (Browser winner = Browser.start(port, "en");
             Browser loser = Browser.start(port, "en")) {
            winner.signIn(WINNER).open(taskPage);
            loser.signIn(LOSER).open(taskPage);
            for (Browser official : new Browser[] {winner, loser}) {
                official.find(By.id("claim-task"));
                assertThat(official.all(By.id("complete-task"))).isEmpty();
            }

            // the first claims: the form is theirs
            winner.clickAndWait(By.id("claim-task"));
            assertThat(winner.path()).isEqualTo(taskPage);
            assertThat(winner.text(By.id("notice"))).isEqualTo(texts.of(WINNER, "tasks.claimed",
                    texts.taskName(WINNER, "screenRequest"), reference));
            winner.find(By.id("complete-task"));

            // the second still sees the Claim button, clicks it, and is told who has the task
            loser.clickAndWait(By.id("claim-task"));
            assertThat(loser.path()).isEqualTo(taskPage);
            assertThat(loser.text(By.id("problem"))).isEqualTo(texts.of(LOSER, "task.claimedBy", WINNER_NAME));
            assertThat(loser.text(By.id("held-by"))).isEqualTo(texts.of(LOSER, "tasks.heldBy", WINNER_NAME));
            assertThat(loser.all(By.id("claim-task"))).isEmpty();
            assertThat(loser.all(By.id("complete-task"))).isEmpty();
            loser.screenshot("journey-3-claim-conflict");
        }
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo(WINNER);
    }
}
