package org.coopflow.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.coopflow.identity.CoopFlowUserDetailsService;
import org.coopflow.support.Journeys;
import org.coopflow.support.Journeys.Cast;
import org.coopflow.support.Journeys.Journey;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.Pages;
import org.coopflow.support.ProcessDriver;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The follow-up actions are one form, a list of rows, on the coordinator's task page: a row to start with, "Add
 * another row" keeps what was typed and adds one (no script needed), blank rows are ignored, an incomplete row is named
 * in the error summary, and the completed list becomes the actions.
 */
class FollowUpActionsPageIT extends MariaDbIntegrationTest {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    ProcessDriver driver;

    @Autowired
    MockMvc mvc;

    @Autowired
    CoopFlowUserDetailsService users;

    @Autowired
    FollowUps followUps;

    @Test
    void theCoordinatorListsTheActionsInOneForm() throws Exception {
        Cast cast = Cast.of(rest);
        Journey journey = Journeys.toFollowUp(cast, driver);
        String taskId = cast.coordMois().taskId(journey.id(), "defineFollowUpActions");
        cast.coordMois().post("/api/v1/tasks/" + taskId + "/claim", null);
        Pages pages = new Pages(users);
        String due = LocalDate.now().plusMonths(3).toString();

        String first = page(mvc.perform(get("/tasks/{id}", taskId).with(pages.as("coord-mois")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(first).contains("name=\"followUpActions[0].actionType\"", "name=\"_addRow\"")
                .doesNotContain("followUpActions[1]");

        String twoRows = page(mvc.perform(post("/tasks/{id}", taskId).with(pages.as("coord-mois")).with(csrf())
                        .param("followUpActions[0].actionType", "TRAINING")
                        .param("followUpActions[0].actionDescription", "Training in Seoul")
                        .param("_addRow", "followUpActions"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(twoRows).contains("name=\"followUpActions[1].actionType\"", "Training in Seoul");
        assertThat(followUps.actions(journey.id())).isEmpty();

        // refused: post-redirect-get back to the task, the rows as typed and the errors carried over once
        MvcResult refused = mvc.perform(post("/tasks/{id}", taskId).with(pages.as("coord-mois")).with(csrf())
                        .param("followUpActions[0].actionType", "TRAINING")
                        .param("followUpActions[0].actionDescription", "Training in Seoul")
                        .param("followUpActions[0].actionOwner", "MOIS")
                        .param("followUpActions[0].actionDue", due)
                        .param("followUpActions[1].actionType", "JOINT_PROJECT"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/tasks/" + taskId)).andReturn();
        String incomplete = page(mvc.perform(get("/tasks/{id}", taskId).with(pages.as("coord-mois"))
                        .cookie(refused.getResponse().getCookies()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        // coord-mois reads Korean: "조치 2 · 조치 내용" names the row and the field in the summary
        assertThat(incomplete).contains("id=\"error-summary\"", "href=\"#field-followUpActions-1-actionDescription\"",
                "조치 2 · 조치 내용");
        assertThat(followUps.actions(journey.id())).isEmpty();

        mvc.perform(post("/tasks/{id}", taskId).with(pages.as("coord-mois")).with(csrf())
                        .param("followUpActions[0].actionType", "TRAINING")
                        .param("followUpActions[0].actionDescription", "Training in Seoul")
                        .param("followUpActions[0].actionOwner", "MOIS")
                        .param("followUpActions[0].actionDue", due)
                        .param("followUpActions[1].actionType", "JOINT_PROJECT")
                        .param("followUpActions[1].actionDescription", "Pilot in two provinces")
                        .param("followUpActions[1].actionOwner", "Ministry of Interior")
                        .param("followUpActions[1].actionDue", due)
                        .param("followUpActions[2].actionDescription", ""))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/tasks"));
        assertThat(followUps.actions(journey.id())).extracting(FollowUpAction::actionType, FollowUpAction::owner)
                .containsExactly(tuple("TRAINING", "MOIS"), tuple("JOINT_PROJECT", "Ministry of Interior"));
    }

    private static String page(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }
}
