package org.coopflow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class PageMemoTest {

    private final AtomicInteger reads = new AtomicInteger();
    private final Function<String, String> loader = code -> {
        reads.incrementAndGet();
        return "KH-MOI".equals(code) ? "Ministry of Interior" : null;
    };

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aGetRequestReadsEachKeyOnceNullAnswersIncluded() {
        during("GET");
        assertThat(PageMemo.get("organisation", "KH-MOI", loader)).isEqualTo("Ministry of Interior");
        assertThat(PageMemo.get("organisation", "KH-MOI", loader)).isEqualTo("Ministry of Interior");
        assertThat(PageMemo.get("organisation", "XX-NONE", loader)).isNull();
        assertThat(PageMemo.get("organisation", "XX-NONE", loader)).isNull();
        assertThat(reads).hasValue(2);
    }

    @Test
    void kindsDoNotShareAnswers() {
        during("GET");
        PageMemo.get("organisation", "KH-MOI", loader);
        String other = PageMemo.get("user", "KH-MOI", code -> "someone else");
        assertThat(other).isEqualTo("someone else");
    }

    @Test
    void aPostOrNoRequestAtAllReadsEveryTime() {
        during("POST");
        PageMemo.get("organisation", "KH-MOI", loader);
        PageMemo.get("organisation", "KH-MOI", loader);
        RequestContextHolder.resetRequestAttributes();
        PageMemo.get("organisation", "KH-MOI", loader);
        PageMemo.get("organisation", "KH-MOI", loader);
        assertThat(reads).hasValue(4);
    }

    @Test
    void theNextRequestReadsAfresh() {
        during("GET");
        PageMemo.get("organisation", "KH-MOI", loader);
        during("GET");
        PageMemo.get("organisation", "KH-MOI", loader);
        assertThat(reads).hasValue(2);
    }

    private static void during(String method) {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest(method,
                "/requests/1")));
    }
}
