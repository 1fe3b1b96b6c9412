package org.coopflow.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person signed in to the web pages as a browser is: the sign-in form (GET /login for its CSRF token, POST
 * /login with it), then every page with the SESSION cookie. Blocking HttpURLConnection calls with keep-alive in the
 * calling thread, like the benchmark's API client, so the client adds as little as possible to what is measured.
 */
final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");

    private final String baseUrl;
    private String session;

    private WebSession(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Signs in through the sign-in form as a demo user (password "demo"). */
    static WebSession signIn(String baseUrl, String username) throws IOException {
        WebSession web = new WebSession(baseUrl);
        HttpURLConnection form = web.open("/login");
        String page = web.body(form);
        Matcher token = CSRF.matcher(page);
        if (form.getResponseCode() != 200 || !token.find()) {
            throw new IllegalStateException("no sign-in form with a CSRF token at /login: " + form.getResponseCode());
        }
        HttpURLConnection post = web.open("/login");
        post.setRequestMethod("POST");
        post.setDoOutput(true);
        post.setRequestProperty("Content-Type", "application/x-www-form-urlencoded");
        String fields = "username=" + encode(username) + "&password=demo&_csrf=" + encode(token.group(1));
        try (OutputStream out = post.getOutputStream()) {
            out.write(fields.getBytes(StandardCharsets.UTF_8));
        }
        String location = post.getHeaderField("Location");
        web.body(post);
        if (post.getResponseCode() != 302 || location == null || location.contains("/login")) {
            throw new IllegalStateException("signing in as " + username + " failed: " + post.getResponseCode()
                    + " → " + location);
        }
        return web;
    }

    /** A page as this person sees it; fails unless it answers 200 (a lost session would answer the sign-in page). */
    String page(String path) throws IOException {
        HttpURLConnection page = open(path);
        String html = body(page);
        if (page.getResponseCode() != 200) {
            throw new IllegalStateException(path + " answered " + page.getResponseCode());
        }
        return html;
    }

    private HttpURLConnection open(String path) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(baseUrl + path).toURL().openConnection();
        c.setInstanceFollowRedirects(false);
        c.setRequestProperty("Accept", "text/html");
        c.setRequestProperty("Accept-Language", "en");
        if (session != null) {
            c.setRequestProperty("Cookie", "SESSION=" + session);
        }
        return c;
    }

    /** Reads the whole answer (so the connection goes back to the keep-alive pool) and keeps a new session cookie. */
    private String body(HttpURLConnection c) throws IOException {
        int status = c.getResponseCode();
        List<String> cookies = c.getHeaderFields().get("Set-Cookie");
        if (cookies != null) {
            for (String cookie : cookies) {
                Matcher m = SESSION.matcher(cookie);
                if (m.lookingAt()) {
                    session = m.group(1);
                }
            }
        }
        try (InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream()) {
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
