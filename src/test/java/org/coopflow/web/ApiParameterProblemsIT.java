package org.coopflow.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.coopflow.support.MariaDbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** A query parameter that does not convert is named in the problem, with its choices, in the caller's language. */
class ApiParameterProblemsIT extends MariaDbIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anUnknownChoiceIsNamedWithTheChoices() throws Exception {
        mvc.perform(get("/api/v1/tasks").param("view", "later").header("Accept-Language", "en")
                        .with(httpBasic("intake", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("error.badParameter.choices"))
                .andExpect(jsonPath("$.detail").value(containsString("The parameter view cannot be “later”")))
                .andExpect(jsonPath("$.detail").value(containsString("ASSIGNED")))
                .andExpect(jsonPath("$.errors.view").exists());
    }

    @Test
    void aValueOfTheWrongTypeIsNamedInTheCallersLanguage() throws Exception {
        mvc.perform(get("/api/v1/tasks").param("dueBefore", "tomorrow").header("Accept-Language", "ko")
                        .accept(MediaType.APPLICATION_JSON).with(httpBasic("intake", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("error.badParameter"))
                .andExpect(jsonPath("$.detail").value("dueBefore 매개변수에 “tomorrow” 값은 쓸 수 없습니다."))
                .andExpect(jsonPath("$.errors.dueBefore").exists());
    }
}
