package org.coopflow.bench;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.coopflow.request.RequestProcess;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The benchmark's raw engine behind the same HTTP stack as the API (loopback, HTTP Basic, the security filters, JSON):
 * a POST that only starts the process for a request row seeded beforehand, as part 1's raw side does in the JVM. It
 * tells the cost of HTTP apart from the cost of CoopFlow's own work. Imported by CoopFlowBenchmark only; never in the
 * product.
 */
@TestComponent // not picked up by the other tests' scanning: only CoopFlowBenchmark imports it
@RestController
class BareStartEndpoint {

    static final String PATH = "/api/v1/benchmark/bare-start";

    private final RuntimeService runtime;

    BareStartEndpoint(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @PostMapping(PATH)
    ResponseEntity<Map<String, Object>> start(@RequestBody Population.BareRequest request) {
        String id = runtime.startProcessInstanceByKey(RequestProcess.PROCESS_KEY, request.reference(),
                request.startVariables()).getId();
        return ResponseEntity.status(201).body(Map.of("processInstanceId", id));
    }
}
