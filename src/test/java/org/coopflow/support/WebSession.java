package org.coopflow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A browser on the real server without the browser: its cookies, the CSRF token of the last page, and Camunda's
 * XSRF cookie for the webapps' API. Redirects are never followed, so a redirect is an answer of its own.
 */
public final class WebSession {

    private static final Pattern CSRF_INPUT = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]+)\"");

    private final TestRestTemplate rest;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final HttpHeaders extra = new HttpHeaders();
    private String csrfToken;

    public WebSession(TestRestTemplate rest) {
        this.rest = rest.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW);
    }

    /** Every request of this session comes from this client address (honoured forwarded header). */
    public WebSession from(String address) {
        extra.set("X-Forwarded-For", address);
        return this;
    }

    /** Signs in through the sign-in page; the answer is the redirect (or the page) the form post gets. */
    public ResponseEntity<String> signIn(String username, String password) {
        ResponseEntity<String> page = get("/login");
        assertThat(page.getStatusCode().value()).as("%s", page).isEqualTo(200);
        takeCsrf(page);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", username);
        form.add("password", password);
        ResponseEntity<String> answer = postForm("/login", form);
        if (answer.getStatusCode().is3xxRedirection()) {
            refreshCsrf();
        }
        return answer;
    }

    public WebSession signedIn(String username, String password) {
        ResponseEntity<String> answer = signIn(username, password);
        assertThat(answer.getStatusCode().value()).as("%s", answer).isEqualTo(302);
        assertThat(String.valueOf(answer.getHeaders().getLocation())).as("%s", answer).doesNotContain("/login");
        return this;
    }

    /** A page that carries the CSRF token (in its sign-out form) to pick up the current token. */
    public void refreshCsrf() {
        takeCsrf(get("/login"));
    }

    /** Keeps the CSRF token of this page's forms. */
    public void takeCsrf(ResponseEntity<String> page) {
        if (page.getBody() != null) {
            Matcher input = CSRF_INPUT.matcher(page.getBody());
            if (input.find()) {
                Matcher value = VALUE.matcher(input.group());
                if (value.find()) {
                    csrfToken = value.group(1);
                }
            }
        }
    }

    public ResponseEntity<String> get(String path) {
        return exchange(HttpMethod.GET, path, null, MediaType.TEXT_HTML);
    }

    public ResponseEntity<String> postForm(String path, MultiValueMap<String, String> form) {
        MultiValueMap<String, String> withToken = new LinkedMultiValueMap<>(form);
        if (csrfToken != null) {
            withToken.set("_csrf", csrfToken);
        }
        return exchange(HttpMethod.POST, path, withToken, MediaType.TEXT_HTML);
    }

    public ResponseEntity<String> postForm(String path, Map<String, String> fields) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        fields.forEach(form::add);
        return postForm(path, form);
    }

    /** A call to Camunda's webapp API, with Camunda's XSRF token as its Angular front end sends it. */
    public ResponseEntity<String> camunda(HttpMethod method, String path, Object body) {
        return exchange(method, path, body, MediaType.APPLICATION_JSON);
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public ResponseEntity<String> exchange(HttpMethod method, String path, Object body, MediaType accept) {
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(extra);
        headers.setAccept(List.of(accept, MediaType.ALL));
        if (body instanceof MultiValueMap<?, ?> form) {
            headers.setContentType(form.values().stream().flatMap(List::stream).anyMatch(v -> !(v instanceof String))
                    ? MediaType.MULTIPART_FORM_DATA : MediaType.APPLICATION_FORM_URLENCODED);
        } else if (body != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        if (cookies.containsKey("XSRF-TOKEN")) {
            headers.set("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
        }
        StringBuilder cookie = new StringBuilder();
        cookies.forEach((name, value) -> cookie.append(cookie.isEmpty() ? "" : "; ").append(name).append('=').append(value));
        if (!cookie.isEmpty()) {
            headers.set(HttpHeaders.COOKIE, cookie.toString());
        }
        ResponseEntity<String> response = rest.exchange(path, method, new HttpEntity<>(body, headers), String.class);
        List<String> set = response.getHeaders().get(HttpHeaders.SET_COOKIE);
        if (set != null) {
            for (String header : set) {
                String pair = header.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    String value = pair.substring(eq + 1).trim();
                    if (value.isEmpty()) {
                        cookies.remove(pair.substring(0, eq).trim());
                    } else {
                        cookies.put(pair.substring(0, eq).trim(), value);
                    }
                }
            }
        }
        return response;
    }
}
