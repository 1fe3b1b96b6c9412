package org.coopflow.support;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The public API as a demo user calls it: JSON over HTTP Basic (password "demo"). */
public final class Api {

    private static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() { };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() { };

    private final TestRestTemplate rest;
    private final String user;

    public Api(TestRestTemplate rest, String user) {
        this.rest = rest;
        this.user = user;
    }

    public static Map<String, Object> nationalIdRequest(String title) {
        return Map.of("title", title, "sector", "NATIONAL_ID",
                "description", "We are introducing a national ID card and need advice on enrolment and card production.",
                "modality", "ONLINE_FORUM", "urgent", false, "languages", List.of("km", "en"),
                "contactName", "Sokha Chan", "contactEmail", "sokha.chan@interior.gov.kh.example");
    }

    public ResponseEntity<Map<String, Object>> submit(Map<String, Object> body, String idempotencyKey) {
        HttpHeaders headers = headers();
        headers.set("Idempotency-Key", idempotencyKey);
        return rest.exchange("/api/v1/requests", HttpMethod.POST, new HttpEntity<>(body, headers), MAP);
    }

    public Long submitNew(Map<String, Object> body) {
        ResponseEntity<Map<String, Object>> response = submit(body, UUID.randomUUID().toString());
        if (!response.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError("Submission failed: " + response);
        }
        return ((Number) response.getBody().get("id")).longValue();
    }

    public ResponseEntity<Map<String, Object>> get(String path) {
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers()), MAP);
    }

    public ResponseEntity<List<Map<String, Object>>> getList(String path) {
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers()), LIST);
    }

    public ResponseEntity<Map<String, Object>> post(String path, Object body) {
        return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers()), MAP);
    }

    /** This user's open tasks on a request with this task key (assigned to them or offered to their groups). */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> tasks(Long requestId, String taskKey) {
        // every page: tests leave tasks open on purpose, so one user's list can outgrow a page
        List<Map<String, Object>> found = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            Map<String, Object> body = get("/api/v1/tasks?size=200&page=" + page).getBody();
            List<Map<String, Object>> items = (List<Map<String, Object>>) body.get("items");
            items.stream()
                    .filter(t -> requestId.equals(((Number) t.get("requestId")).longValue()))
                    .filter(t -> taskKey.equals(t.get("taskKey")))
                    .forEach(found::add);
            if (items.size() < 200) {
                return found;
            }
        }
    }

    public String taskId(Long requestId, String taskKey) {
        List<Map<String, Object>> tasks = tasks(requestId, taskKey);
        if (tasks.isEmpty()) {
            throw new AssertionError(user + " has no task " + taskKey + " on request " + requestId);
        }
        return (String) tasks.get(0).get("taskId");
    }

    /** Claims (if needed) and completes this user's task with the given form values. */
    public void complete(Long requestId, String taskKey, Map<String, Object> values) {
        String taskId = taskId(requestId, taskKey);
        ResponseEntity<Map<String, Object>> claim = post("/api/v1/tasks/" + taskId + "/claim", null);
        if (!claim.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError("claim " + taskKey + " as " + user + ": " + claim);
        }
        ResponseEntity<Map<String, Object>> done = post("/api/v1/tasks/" + taskId + "/complete", values);
        if (!done.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError("complete " + taskKey + " as " + user + ": " + done);
        }
    }

    /**
     * The request's audit timeline as this user reads it in the API: each line's entry (stable codes: eventType,
     * decision, actor, reason …) with its words under "what".
     */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> history(Long requestId) {
        ResponseEntity<List<Map<String, Object>>> response = getList("/api/v1/requests/" + requestId + "/history");
        if (!response.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError("history of " + requestId + " as " + user + ": " + response);
        }
        return response.getBody().stream().map(line -> {
            Map<String, Object> entry = new java.util.HashMap<>((Map<String, Object>) line.get("entry"));
            entry.put("what", line.get("what"));
            return entry;
        }).toList();
    }

    /** The request as this user reads it in the API. */
    public Map<String, Object> request(Long requestId) {
        return get("/api/v1/requests/" + requestId).getBody();
    }

    public String status(Long requestId) {
        return (String) request(requestId).get("status");
    }

    private HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, "demo");
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        return headers;
    }
}
