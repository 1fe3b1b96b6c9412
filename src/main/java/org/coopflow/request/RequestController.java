package org.coopflow.request;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.coopflow.identity.CoopFlowPrincipal;
import org.coopflow.search.SearchText;
import org.coopflow.shared.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public API v1: cooperation requests (the whole request with its stages: workspace.RequestApi). */
@RestController
@RequestMapping("/api/v1/requests")
class RequestController {

    record Created(Long id, String reference, RequestStatus status) {
    }

    /** {@code translate}: an official asks for the translation desk before the partner gets it. */
    record MessageBody(String text, Boolean translate) {
    }

    record ReasonBody(String reason) {
    }

    private final RequestService requests;

    RequestController(RequestService requests) {
        this.requests = requests;
    }

    @PostMapping
    ResponseEntity<Created> submit(@AuthenticationPrincipal CoopFlowPrincipal me,
                                   @RequestHeader("Idempotency-Key") String idempotencyKey,
                                   @Valid @RequestBody SubmitRequest body, Locale locale) {
        RequestService.Submission submission = requests.submit(me.user(), body, idempotencyKey, locale);
        CooperationRequest r = submission.request();
        Created created = new Created(r.id(), r.reference(), r.status());
        return submission.created()
                ? ResponseEntity.created(URI.create("/api/v1/requests/" + r.id())).body(created)
                : ResponseEntity.ok(created);
    }

    @GetMapping
    Page<RequestSummary> list(@AuthenticationPrincipal CoopFlowPrincipal me,
                              @RequestParam(required = false) RequestStatus status,
                              @RequestParam(required = false) String sector,
                              @RequestParam(required = false) String country,
                              @RequestParam(required = false) String agency,
                              @RequestParam(required = false) String q,
                              @RequestParam(required = false) Integer page,
                              @RequestParam(required = false) Integer size) {
        return requests.list(me.user(), new RequestFilter(status, sector, country, agency, null, null, null,
                SearchText.query(q)), Page.clampPage(page), Page.clampSize(size));
    }

    @PostMapping("/{id}/messages")
    ResponseEntity<RequestMessage> postMessage(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable Long id,
                                               @RequestBody MessageBody body) {
        RequestMessage message = requests.postMessage(me.user(), id, body.text(), Boolean.TRUE.equals(body.translate()));
        return ResponseEntity.status(HttpStatus.CREATED).body(message);
    }

    @PostMapping("/{id}/withdraw")
    ResponseEntity<Void> withdraw(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable Long id,
                                  @RequestBody ReasonBody body) {
        requests.withdraw(me.user(), id, body.reason());
        return ResponseEntity.noContent().build();
    }
}
