package org.coopflow.audit;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.coopflow.export.PdfRenderer;
import org.coopflow.identity.CoopFlowPrincipal;
import org.coopflow.request.CooperationRequest;
import org.coopflow.request.RequestLifecycle;
import org.coopflow.web.Csv;
import org.coopflow.web.DateDisplay;
import org.coopflow.web.WebPage;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A request's audit timeline as a page (with filters), as CSV and as PDF, for managers and the officials of the
 * agencies involved (the rule of the API's history endpoint): when in the reader's time zone, who as they were, what
 * in the reader's language, the reason as it was given. The CSV keeps the stable codes in their own columns.
 */
@Controller
@WebPage
class TimelinePages {

    static final String VIEW_TIMELINE = "audit/timeline";
    static final String PDF_TIMELINE = "audit/timeline-pdf";

    private final AuditAccess access;
    private final Timeline timeline;
    private final RequestLifecycle lifecycle;
    private final DateDisplay dates;
    private final MessageSource messages;
    private final PdfRenderer pdf;

    TimelinePages(AuditAccess access, Timeline timeline, RequestLifecycle lifecycle, DateDisplay dates,
                  MessageSource messages, PdfRenderer pdf) {
        this.access = access;
        this.timeline = timeline;
        this.lifecycle = lifecycle;
        this.dates = dates;
        this.messages = messages;
        this.pdf = pdf;
    }

    @GetMapping("/requests/{id}/timeline")
    String showTimeline(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable Long id,
                        @RequestParam(defaultValue = "ALL") TimelineFilter show, Model model, Locale locale) {
        CooperationRequest request = access.auditable(me.user(), id);
        model.addAttribute("request", request);
        model.addAttribute("show", show);
        model.addAttribute("filters", TimelineFilter.values());
        model.addAttribute("lines", timeline.of(request.id(), show.categories(), locale));
        return VIEW_TIMELINE;
    }

    @GetMapping("/requests/{id}/timeline.csv")
    ResponseEntity<byte[]> downloadTimeline(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable Long id,
                                            @RequestParam(defaultValue = "ALL") TimelineFilter show, Locale locale) {
        CooperationRequest request = access.auditable(me.user(), id);
        DateTimeFormatter when = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(dates.zone());
        StringBuilder csv = new StringBuilder("\uFEFF"); // the BOM makes Excel read UTF-8 (Korean, Khmer) correctly
        List<String> header = new ArrayList<>();
        for (String column : List.of("when", "who", "what", "reason", "event", "category", "step", "decision",
                "detail", "actor", "actorRole", "actorOrganisation", "document", "number", "date")) {
            header.add(text("timeline.column." + column, locale));
        }
        csv.append(Csv.row(header));
        for (TimelineLine line : timeline.of(request.id(), show.categories(), locale)) {
            AuditEntry e = line.entry();
            csv.append(Csv.row(List.of(when.format(e.occurredAt()), line.who(), nullToEmpty(line.what()),
                    nullToEmpty(e.reason()), e.eventType().name(), e.category().name(), nullToEmpty(e.step()),
                    nullToEmpty(e.decision()), nullToEmpty(e.detail()), nullToEmpty(e.actor()),
                    nullToEmpty(e.actorRole()), nullToEmpty(e.actorOrg()), nullToEmpty(e.documentName()),
                    e.numberValue() == null ? "" : e.numberValue().toString(),
                    e.onDate() == null ? "" : e.onDate().toString())));
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + request.reference()
                        + "-timeline.csv\"")
                .header("X-Content-Type-Options", "nosniff")
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The same lines for a director: a title page with the request's summary, then the lines, pages numbered. */
    @GetMapping("/requests/{id}/timeline.pdf")
    ResponseEntity<byte[]> downloadTimelinePdf(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable Long id,
                                               @RequestParam(defaultValue = "ALL") TimelineFilter show,
                                               Locale locale) {
        CooperationRequest request = access.auditable(me.user(), id);
        return pdf.attachment(request.reference() + "-timeline.pdf", PDF_TIMELINE,
                Map.of("request", request, "show", show, "lead", nullToEmpty(lifecycle.leadAgency(request.id())),
                        "supporting", lifecycle.supportingAgencies(request.id()),
                        "lines", timeline.of(request.id(), show.categories(), locale)), locale);
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
