package org.coopflow.session;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.coopflow.support.MariaDbIntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The session timeout warning: on every signed-in page, with "Stay signed in" answered by the server. */
class SessionPagesIT extends MariaDbIntegrationTest {

    @Autowired
    MockMvc mvc;


    @Test
    void signedInPagesCarryTheWarningAndItsScriptNeverInline() throws Exception {
        String page = mvc.perform(get("/requests").cookie(signIn("partner-gt")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        org.assertj.core.api.Assertions.assertThat(page)
                .contains("id=\"session-timeout\"", "data-timeout=\"1800\"", "data-keep-alive-url=\"/session/keep-alive\"")
                .contains("<dialog id=\"session-warning\"", "<dialog id=\"session-ended\"")
                .contains("Seguir conectado") // partner-gt reads Spanish
                .contains("<script src=\"/js/session.js\" defer></script>")
                .doesNotContainPattern("<script>[^<]");
    }

    /** Signs in through the sign-in form, as a browser does: the session cookie it gets. */
    private jakarta.servlet.http.Cookie signIn(String username) throws Exception {
        return mvc.perform(formLogin("/login").user(username).password("demo"))
                .andExpect(status().isFound())
                .andReturn().getResponse().getCookie("SESSION");
    }

    @Test
    void theSignInPageHasNoWarning() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("session-warning"))));
    }

    @Test
    void stayingSignedInKeepsTheSessionAndSaysForHowLong() throws Exception {
        mvc.perform(get("/session/keep-alive").cookie(signIn("intake")))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", Matchers.containsString("no-store")))
                .andExpect(jsonPath("$.expiresInSeconds").value(1800));
    }

    @Test
    void withoutASessionThereIsNothingToKeep() throws Exception {
        mvc.perform(get("/session/keep-alive"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("**/login"));
    }
}
