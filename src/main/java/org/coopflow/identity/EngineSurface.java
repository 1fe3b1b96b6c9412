package org.coopflow.identity;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The path rules of the engine's own surfaces (/engine-rest, and Cockpit's and Admin's APIs under /camunda/api), the
 * first of two layers (the second is the engine's authorization service, org.coopflow.system.EngineAuthorizations).
 * An allow-list, so that an endpoint added by a Camunda upgrade is refused until someone decides otherwise:
 * <ul>
 * <li>reads: every GET, the engine's query endpoints taking their criteria as a POST body (listed below, from the
 * engine REST API's OpenAPI description: the operations named query…), and Cockpit's plugin queries;</li>
 * <li>operations work (ADMIN only): setting the retries of a failed job or of a job definition;</li>
 * <li>everything else — assign, claim, complete, variables, modification, migration, cancellation, suspension,
 * messages, signals, starts, deployments, identity, authorizations, filters, evaluation, Camunda's own login — is
 * refused, as is the Tasklist application (CoopFlow is the task list).</li>
 * </ul>
 */
final class EngineSurface {

    /** /engine-rest[/engine/{name}] and the webapps' mount of the same API. */
    private static final Pattern ENGINE_API = Pattern.compile(
            "^(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)(/.*)?$");

    /** POST bodies that are query criteria, not changes (operation ids query… / postQuery… of the OpenAPI). */
    private static final Set<String> QUERIES = Set.of(
            "/execution", "/execution/count", "/external-task", "/external-task/count", "/group", "/group/count",
            "/history/activity-instance", "/history/activity-instance/count", "/history/detail",
            "/history/external-task-log", "/history/external-task-log/count", "/history/job-log",
            "/history/job-log/count", "/history/process-instance", "/history/process-instance/count",
            "/history/task", "/history/task/count", "/history/variable-instance", "/history/variable-instance/count",
            "/job", "/job/count", "/job-definition", "/job-definition/count", "/process-instance",
            "/process-instance/count", "/schema/log", "/task", "/task/count", "/variable-instance",
            "/variable-instance/count");

    /** What ADMIN may do besides reading: retry failed jobs (which resolves their incidents). */
    private static final List<Pattern> OPERATIONS = List.of(
            Pattern.compile("^/job/[^/]+/retries$"),
            Pattern.compile("^/job-definition/[^/]+/retries$"));

    private static final Pattern COCKPIT_QUERIES = Pattern.compile("^/camunda/api/cockpit/plugin/[^/]+/[^/]+/.+$");
    private static final Pattern WEBAPP_LOGOUT = Pattern.compile("^/camunda/api/admin/auth/user/[^/]+/logout$");
    private static final Pattern TASKLIST = Pattern.compile("^/camunda/(?:app|api)/tasklist(?:/.*)?$");
    private static final Pattern SETUP = Pattern.compile("^/camunda/api/admin/setup(?:/.*)?$");

    private EngineSurface() {
    }

    /** Reading, for MANAGER and ADMIN. */
    static final RequestMatcher READS = request -> isRead(request.getMethod(), path(request));

    /** Operations work, for ADMIN. */
    static final RequestMatcher OPERATIONS_WORK = request -> isOperationsWork(request.getMethod(), path(request));

    /** Never, for anybody. */
    static final RequestMatcher CLOSED = request -> isClosed(path(request));

    static boolean isClosed(String path) {
        return TASKLIST.matcher(path).matches() || SETUP.matcher(path).matches();
    }

    static boolean isRead(String method, String path) {
        if (isClosed(path)) {
            return false;
        }
        if ("GET".equals(method) || "HEAD".equals(method)) {
            return true;
        }
        if (!"POST".equals(method)) {
            return false;
        }
        String engine = enginePath(path);
        if (engine != null) {
            return QUERIES.contains(engine);
        }
        return COCKPIT_QUERIES.matcher(path).matches() || WEBAPP_LOGOUT.matcher(path).matches();
    }

    static boolean isOperationsWork(String method, String path) {
        String engine = enginePath(path);
        return "PUT".equals(method) && engine != null && OPERATIONS.stream().anyMatch(p -> p.matcher(engine).matches());
    }

    /** The engine API's own path (/task/…) of a request to one of its mounts, or null. */
    static String enginePath(String path) {
        var matcher = ENGINE_API.matcher(path);
        if (!matcher.matches()) {
            return null;
        }
        return matcher.group(1) == null ? "/" : matcher.group(1);
    }

    /** The path within the application (the firewall has already refused encoded slashes, dots and semicolons). */
    static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
