package org.coopflow.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.coopflow.support.Api;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * No business action outside CoopFlow's services: every write operation of the engine REST API (all of them, read
 * from the API's own OpenAPI description) and of Cockpit's API, as MANAGER and as ADMIN, is refused with 403 and
 * changes nothing — the task, its candidates, the variables, the instance's state, the request's status and audit
 * trail, deployments and authorizations stay as they were. Reads still work, ADMIN may retry a failed job, and the
 * engine itself (the second layer) refuses the same actions to the same users.
 */
class EngineSurfaceIT extends MariaDbIntegrationTest {

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    HistoryService historyService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    private Long requestId;
    private Task task;
    private Job job;
    private Map<String, String> ids;

    @BeforeEach
    void openRequestInScreening() {
        requestId = new Api(rest, "partner-kh").submitNew(Api.nationalIdRequest("Engine surface " + UUID.randomUUID()));
        String reference = jdbc.queryForObject("SELECT reference FROM cooperation_request WHERE id = ?", String.class,
                requestId);
        // the partner's clarification step: a task with an engine timer on it (the clarification lapses)
        new Api(rest, "intake").complete(requestId, "screenRequest", Map.of("screeningDecision", "CLARIFY",
                "screeningReason", "Which provinces would take part in the pilot?"));
        task = taskService.createTaskQuery().processInstanceBusinessKey(reference)
                .taskDefinitionKey("answerClarification").singleResult();
        assertThat(task).isNotNull();
        job = managementService.createJobQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
        assertThat(job).as("the clarification's lapse timer").isNotNull();
        ids = new LinkedHashMap<>();
        ids.put("task", task.getId());
        ids.put("process-instance", task.getProcessInstanceId());
        ids.put("execution", task.getExecutionId());
        ids.put("process-definition", task.getProcessDefinitionId());
        ids.put("job", job.getId());
        ids.put("job-definition", job.getJobDefinitionId());
        ids.put("decision-definition", repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("routing")
                .latestVersion().singleResult().getId());
        ids.put("deployment", repositoryService.createProcessDefinitionQuery()
                .processDefinitionId(task.getProcessDefinitionId()).singleResult().getDeploymentId());
        ids.put("user", "partner-gt");
        ids.put("group", "manager");
    }

    @Test
    void everyWriteOperationOfTheEngineRestApiIsRefusedToManagersAndAdmins() throws Exception {
        State before = state();
        List<String> notRefused = new ArrayList<>();
        int calls = 0;
        for (Operation operation : writeOperations()) {
            for (String user : List.of("manager", "admin")) {
                if ("admin".equals(user) && operation.isJobRetries()) {
                    continue; // operations work, allowed to ADMIN: below
                }
                for (String mount : List.of("/engine-rest", "/engine-rest/engine/default")) {
                    ResponseEntity<String> response = basic(user, operation.method(), mount + operation.path(ids),
                            operation.body());
                    calls++;
                    if (response.getStatusCode().value() != 403) {
                        notRefused.add(user + " " + operation + " → " + response.getStatusCode().value() + " "
                                + response.getBody());
                    }
                }
            }
        }
        assertThat(calls).as("every write operation of the OpenAPI description").isGreaterThan(300);
        assertThat(notRefused).isEmpty();
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void everyWriteOperationThroughCockpitIsRefusedToManagersAndAdmins() throws Exception {
        State before = state();
        List<String> notRefused = new ArrayList<>();
        for (String user : List.of("manager", "admin")) {
            WebSession cockpit = new WebSession(rest).signedIn(user, "demo");
            assertThat(cockpit.get("/camunda/app/cockpit/default/").getStatusCode().value()).isEqualTo(200);
            for (Operation operation : writeOperations()) {
                if ("admin".equals(user) && operation.isJobRetries()) {
                    continue;
                }
                ResponseEntity<String> response = cockpit.camunda(operation.method(),
                        "/camunda/api/engine/engine/default" + operation.path(ids), operation.body());
                if (response.getStatusCode().value() != 403) {
                    notRefused.add(user + " " + operation + " → " + response.getStatusCode().value());
                }
            }
            // Camunda's own login, the first-user setup and the Tasklist application
            for (String path : List.of("/camunda/api/admin/auth/user/default/login/cockpit",
                    "/camunda/api/admin/setup/default/user/create")) {
                int status = cockpit.camunda(HttpMethod.POST, path, Map.of("id", "intruder")).getStatusCode().value();
                if (status != 403) {
                    notRefused.add(user + " POST " + path + " → " + status);
                }
            }
            for (String path : List.of("/camunda/app/tasklist/default/", "/camunda/api/tasklist/plugin/tasklist/")) {
                int status = cockpit.get(path).getStatusCode().value();
                if (status != 403) {
                    notRefused.add(user + " GET " + path + " → " + status);
                }
            }
        }
        assertThat(notRefused).isEmpty();
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void managersAndAdminsStillReadEverythingInCockpitAndTheEngineRestApi() {
        for (String user : List.of("manager", "admin")) {
            ResponseEntity<String> tasks = basic(user, HttpMethod.GET,
                    "/engine-rest/task?processInstanceId=" + task.getProcessInstanceId(), null);
            assertThat(tasks.getStatusCode().value()).as("%s", tasks).isEqualTo(200);
            assertThat(tasks.getBody()).contains(task.getId());
            ResponseEntity<String> queried = basic(user, HttpMethod.POST, "/engine-rest/task",
                    Map.of("processInstanceId", task.getProcessInstanceId()));
            assertThat(queried.getBody()).as("%s", queried).contains(task.getId());
            ResponseEntity<String> variables = basic(user, HttpMethod.GET,
                    "/engine-rest/process-instance/" + task.getProcessInstanceId() + "/variables", null);
            assertThat(variables.getBody()).as("%s", variables).contains("requestId");
            ResponseEntity<String> history = basic(user, HttpMethod.POST, "/engine-rest/history/process-instance/count",
                    Map.of("processInstanceId", task.getProcessInstanceId()));
            assertThat(history.getBody()).as("%s", history).contains("\"count\":1");
            assertThat(basic(user, HttpMethod.GET, "/engine-rest/job?processInstanceId=" + task.getProcessInstanceId(),
                    null).getBody()).contains(job.getId());

            WebSession cockpit = new WebSession(rest).signedIn(user, "demo");
            ResponseEntity<String> statistics = cockpit.camunda(HttpMethod.GET,
                    "/camunda/api/cockpit/plugin/base/default/process-definition/statistics", null);
            assertThat(statistics.getStatusCode().value()).as("%s", statistics).isEqualTo(200);
            assertThat(statistics.getBody()).contains("cooperationRequest");
            ResponseEntity<String> instances = cockpit.camunda(HttpMethod.POST,
                    "/camunda/api/cockpit/plugin/base/default/process-instance",
                    Map.of("processDefinitionId", task.getProcessDefinitionId()));
            assertThat(instances.getStatusCode().value()).as("%s", instances).isEqualTo(200);
            assertThat(instances.getBody()).contains(task.getProcessInstanceId());
            ResponseEntity<String> engineRead = cockpit.camunda(HttpMethod.GET,
                    "/camunda/api/engine/engine/default/process-instance/" + task.getProcessInstanceId(), null);
            assertThat(engineRead.getStatusCode().value()).as("%s", engineRead).isEqualTo(200);
        }
    }

    @Test
    void adminsRetryFailedJobsAndManagersDoNot() {
        ResponseEntity<String> manager = basic("manager", HttpMethod.PUT, "/engine-rest/job/" + job.getId() + "/retries",
                Map.of("retries", 5));
        assertThat(manager.getStatusCode().value()).isEqualTo(403);
        ResponseEntity<String> admin = basic("admin", HttpMethod.PUT, "/engine-rest/job/" + job.getId() + "/retries",
                Map.of("retries", 5));
        assertThat(admin.getStatusCode().value()).as("%s", admin).isEqualTo(204);
        assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isEqualTo(5);
    }

    /** The second layer: even past the path rules, the engine refuses the same users what decides or changes. */
    @Test
    void theEngineItselfRefusesManagersAndAdminsWhatDecides() {
        for (String group : List.of("manager", "admin")) {
            identityService.setAuthentication(group, List.of(group));
            try {
                assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
                assertThat(runtimeService.getVariable(task.getProcessInstanceId(), "requestId")).isNotNull();
                List<Runnable> refused = List.of(
                        () -> taskService.setAssignee(task.getId(), "partner-gt"),
                        () -> taskService.claim(task.getId(), group),
                        () -> taskService.complete(task.getId(), Map.of("screeningDecision", "ACCEPT")),
                        () -> taskService.addCandidateGroup(task.getId(), "partner:GT-MINGOB"),
                        () -> taskService.setVariable(task.getId(), "requestId", 1L),
                        () -> runtimeService.setVariable(task.getProcessInstanceId(), "requestId", 1L),
                        () -> runtimeService.suspendProcessInstanceById(task.getProcessInstanceId()),
                        () -> runtimeService.deleteProcessInstance(task.getProcessInstanceId(), "gone"),
                        () -> runtimeService.createProcessInstanceModification(task.getProcessInstanceId())
                                .cancelAllForActivity("answerClarification").execute(),
                        () -> runtimeService.startProcessInstanceByKey("cooperationRequest"),
                        () -> managementService.setJobDuedate(job.getId(), new java.util.Date()),
                        () -> repositoryService.suspendProcessDefinitionById(task.getProcessDefinitionId()),
                        () -> authorizationService.saveAuthorization(
                                authorizationService.createNewAuthorization(
                                        org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT)));
                for (Runnable action : refused) {
                    assertThatThrownBy(action::run).as(group).isInstanceOf(AuthorizationException.class);
                }
            } finally {
                identityService.clearAuthentication();
            }
        }
    }

    // --- the write operations of the engine REST API

    record Operation(HttpMethod method, String template, String operationId) {

        boolean isJobRetries() {
            return method == HttpMethod.PUT && (template.equals("/job/{id}/retries")
                    || template.equals("/job-definition/{id}/retries"));
        }

        String path(Map<String, String> ids) {
            Matcher parameter = PARAMETER.matcher(template);
            StringBuilder path = new StringBuilder();
            while (parameter.find()) {
                String name = parameter.group(1);
                String value = switch (name) {
                    case "id" -> ids.getOrDefault(resource(), "no-such-" + resource().replace('/', '-'));
                    case "key" -> template.startsWith("/decision") ? "routing" : "cooperationRequest";
                    case "varName" -> "requestId";
                    case "userId", "user-id" -> "partner-gt";
                    case "groupId", "group-id" -> "manager";
                    default -> "x";
                };
                parameter.appendReplacement(path, Matcher.quoteReplacement(value));
            }
            parameter.appendTail(path);
            return path.toString();
        }

        private String resource() {
            String[] segments = template.substring(1).split("/");
            return segments[0].equals("history") && segments.length > 1 ? "history/" + segments[1] : segments[0];
        }

        Object body() {
            if (template.endsWith("/data") || template.equals("/deployment/create") || template.endsWith("/attachment/create")) {
                MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
                form.add("data", new ByteArrayResource("1".getBytes(StandardCharsets.UTF_8)) {
                    @Override
                    public String getFilename() {
                        return "data.bin";
                    }
                });
                return form;
            }
            if (template.endsWith("/assignee") || template.endsWith("/claim") || template.endsWith("/delegate")) {
                return Map.of("userId", "partner-gt");
            }
            if (template.endsWith("/variables") || template.endsWith("/localVariables")) {
                return Map.of("modifications", Map.of("requestId", Map.of("value", 1)));
            }
            if (template.startsWith("/message")) {
                return Map.of("messageName", "partnerMessage", "all", true);
            }
            return Map.of();
        }

        @Override
        public String toString() {
            return method + " " + template + " (" + operationId + ")";
        }
    }

    private List<Operation> writeOperations() throws Exception {
        JsonNode paths;
        try (InputStream openapi = getClass().getClassLoader().getResourceAsStream("openapi.json")) {
            assertThat(openapi).as("camunda-engine-rest-openapi on the test classpath").isNotNull();
            paths = json.readTree(openapi).get("paths");
        }
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> p = paths.fields(); p.hasNext(); ) {
            Map.Entry<String, JsonNode> path = p.next();
            for (Iterator<Map.Entry<String, JsonNode>> o = path.getValue().fields(); o.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = o.next();
                String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
                String id = operation.getValue().path("operationId").asText();
                boolean read = method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS")
                        || method.equals("PARAMETERS") || (method.equals("POST")
                        && (id.startsWith("query") || id.startsWith("postQuery")));
                if (!read) {
                    operations.add(new Operation(HttpMethod.valueOf(method), path.getKey(), id));
                }
            }
        }
        return operations;
    }

    // --- what must not change

    record State(String assignee, List<String> candidates, Map<String, Object> variables, boolean suspended,
                 long instances, String requestStatus, long auditEvents, long deployments, long authorizations,
                 long definitions, int jobRetries, java.util.Date jobDue, long messages, long userOperations) {
    }

    private State state() {
        Task now = taskService.createTaskQuery().taskId(task.getId()).singleResult();
        assertThat(now).as("the clarification task is still open").isNotNull();
        List<String> candidates = taskService.getIdentityLinksForTask(task.getId()).stream()
                .map(link -> link.getType() + ":" + link.getGroupId() + ":" + link.getUserId()).sorted().toList();
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult();
        Job jobNow = managementService.createJobQuery().jobId(job.getId()).singleResult();
        return new State(now.getAssignee(), candidates, runtimeService.getVariables(task.getProcessInstanceId()),
                instance.isSuspended(), runtimeService.createProcessInstanceQuery().count(),
                jdbc.queryForObject("SELECT status FROM cooperation_request WHERE id = ?", String.class, requestId),
                jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE request_id = ?", Long.class, requestId),
                repositoryService.createDeploymentQuery().count(),
                authorizationService.createAuthorizationQuery().count(),
                repositoryService.createProcessDefinitionQuery().count(), jobNow.getRetries(), jobNow.getDuedate(),
                jdbc.queryForObject("SELECT COUNT(*) FROM request_message WHERE request_id = ?", Long.class, requestId),
                historyService.createUserOperationLogQuery().processInstanceId(task.getProcessInstanceId()).count());
    }

    private ResponseEntity<String> basic(String user, HttpMethod method, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, "demo");
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.ALL));
        if (body instanceof MultiValueMap<?, ?>) {
            headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        } else if (body != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        return rest.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW)
                .exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }
}
