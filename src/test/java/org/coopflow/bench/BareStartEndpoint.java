package org.coopflow.bench;

import java.util.LinkedHashMap;
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
    ResponseEntity<Map<String, Object>> start(@RequestBody Start start) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(RequestProcess.VAR_REQUEST_ID, start.requestId());
        variables.put(RequestProcess.VAR_REFERENCE, start.reference());
        variables.put(RequestProcess.VAR_SECTOR, start.sector());
        variables.put(RequestProcess.VAR_URGENT, start.urgent());
        variables.put(RequestProcess.VAR_PARTNER_GROUP, RequestProcess.partnerGroup(start.partnerOrg()));
        String id = runtime.startProcessInstanceByKey(RequestProcess.PROCESS_KEY, start.reference(), variables).getId();
        return ResponseEntity.status(201).body(Map.of("processInstanceId", id));
    }

    record Start(long requestId, String reference, String sector, boolean urgent, String partnerOrg) {
    }
}
