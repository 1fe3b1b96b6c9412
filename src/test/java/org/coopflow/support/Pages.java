package org.coopflow.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.coopflow.identity.CoopFlowUserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The web pages as a demo user sees them through MockMvc: signed in as the application's own principal. */
public final class Pages {

    private final CoopFlowUserDetailsService users;

    public Pages(CoopFlowUserDetailsService users) {
        this.users = users;
    }

    /** Signed in as this demo user, with the principal the application itself would load. */
    public RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    /** The request form filled in as a partner would, with this idempotency key. */
    public static MockMultipartHttpServletRequestBuilder requestForm(String idempotencyKey, String title) {
        MockMultipartHttpServletRequestBuilder form = MockMvcRequestBuilders.multipart("/requests");
        form.param("idempotencyKey", idempotencyKey)
                .param("sector", "NATIONAL_ID")
                .param("title", title)
                .param("description", "We are introducing a national ID card and need advice on enrolment.")
                .param("modality", "ONLINE_FORUM")
                .param("languages", "km", "en")
                .param("contactName", "Sokha Chan")
                .param("contactEmail", "sokha.chan@interior.gov.kh.example");
        return form;
    }
}
