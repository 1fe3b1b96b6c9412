package org.coopflow.absence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import org.coopflow.identity.CoopFlowUserDetailsService;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.Pages;
import org.coopflow.support.UserTexts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * The absences page ({@code /absences}): an official records an absence with a colleague who may stand in (only
 * those are offered), errors in their language at their fields that change nothing, ends it early; partners and
 * administrators are refused.
 */
class AbsencePagesIT extends MariaDbIntegrationTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Autowired
    MockMvc mvc;

    @Autowired
    CoopFlowUserDetailsService users;

    @Autowired
    UserTexts texts;

    @Autowired
    Absences absences;

    private Pages pages;

    @BeforeEach
    void pages() {
        pages = new Pages(users);
    }

    @AfterEach
    void back() {
        for (Absence absence : absences.mine(users.currentUserOf("intake"))) {
            if (absence.status().open()) {
                absences.end(users.currentUserOf("intake"), absence.id());
            }
        }
    }

    @Test
    void anOfficialRecordsAnAbsenceWithAColleagueOfTheSameRoleAndEndsItEarly() throws Exception {
        String page = page("intake", "/absences");
        assertThat(page).contains("id=\"record-absence\"", "value=\"intake-2\"").doesNotContain("value=\"coord-mois\"");
        LocalDate start = LocalDate.now(SEOUL).plusDays(20);

        String refused = mvc.perform(post("/absences").param("firstDay", start.plusDays(2).toString())
                        .param("lastDay", start.toString()).param("substitute", "coord-mois")
                        .with(pages.as("intake")).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains(escaped("intake", "absence.lastDay.beforeFirst"),
                escaped("intake", "absence.substitute.notColleague"));
        String notADate = mvc.perform(post("/absences").param("firstDay", "next week")
                        .param("lastDay", start.toString()).param("substitute", "intake-2")
                        .with(pages.as("intake")).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(notADate).contains(escaped("intake", "typeMismatch.absenceForm.firstDay"));
        assertThat(absences.mine(users.currentUserOf("intake"))).noneMatch(a -> a.status().open());

        mvc.perform(post("/absences").param("firstDay", start.toString()).param("lastDay", start.plusDays(4).toString())
                        .param("substitute", "intake-2").param("note", "Workshop in Phnom Penh")
                        .with(pages.as("intake")).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/absences"));
        Absence recorded = absences.mine(users.currentUserOf("intake")).get(0);
        assertThat(recorded.status()).isEqualTo(AbsenceStatus.PLANNED);
        assertThat(recorded.substitute()).isEqualTo("intake-2");
        assertThat(page("intake", "/absences")).contains("id=\"absence-" + recorded.id() + "\"",
                "data-status=\"PLANNED\"");
        assertThat(page("intake-2", "/absences")).contains("id=\"standing-in\"");

        mvc.perform(post("/absences/{id}/end", recorded.id()).with(pages.as("intake-2")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/absences/{id}/end", recorded.id()).with(pages.as("intake")).with(csrf()))
                .andExpect(status().isFound());
        assertThat(absences.find(recorded.id()).status()).isEqualTo(AbsenceStatus.CANCELLED);
    }

    @Test
    void partnersAndAdministratorsHaveNoAbsences() throws Exception {
        mvc.perform(get("/absences").with(pages.as("partner-kh"))).andExpect(status().isForbidden());
        mvc.perform(get("/absences").with(pages.as("admin"))).andExpect(status().isForbidden());
        mvc.perform(post("/absences").param("firstDay", LocalDate.now(SEOUL).toString())
                .param("lastDay", LocalDate.now(SEOUL).toString()).param("substitute", "partner-gt")
                .with(pages.as("partner-kh")).with(csrf())).andExpect(status().isForbidden());
    }

    private String page(String username, String url) throws Exception {
        return mvc.perform(get(url).with(pages.as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String escaped(String username, String code, Object... args) {
        return HtmlUtils.htmlEscape(texts.of(username, code, args), "UTF-8");
    }
}
