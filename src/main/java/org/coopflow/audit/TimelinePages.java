package org.coopflow.audit;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.coopflow.export.PdfRenderer;
import org.coopflow.identity.CoopFlowPrincipal;
import org.coopflow.request.CooperationRequest;
import org.coopflow.request.RequestLabels;
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

/**
 * A request's audit timeline as a page, as CSV and as PDF, for managers and the officials of the agencies involved
 * (the rule of the API's history endpoint): when in the reader's time zone, who by name, what in their
 * language, and the details as recorded.
 */
@Controller
@WebPage
class TimelinePages {

    static final String VIEW_TIMELINE = "audit/timeline";
    static final String PDF_TIMELINE = "audit/timeline-pdf";

    /** A timeline entry as people read it. */
    record Line(TimelineEntry entry, String who, String what) {
    }

    private final AuditAccess access;
    private final Timeline timeline;
    private final RequestLabels labels;
    private final DateDisplay dates;
    private final MessageSource messages;
    private final PdfRenderer pdf;

    TimelinePages(AuditAccess access, Timeline timeline, RequestLabels labels, DateDisplay dates,
                  MessageSource messages, PdfRenderer pdf) {
        this.pdf = pdf;
        this.access = access;
        this.timeline = timeline;
        this.labels = labels;
        this.dates = dates;
        this.messages = messages;
    }

    @GetMapping("/requests/{id}/timeline")
    String showTimeline(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable Long id, Model model,
                        Locale locale) {
        CooperationRequest request = access.auditable(me.user(), id);
        model.addAttribute("request", request);
        model.addAttribute("lines", lines(request, locale));
        return VIEW_TIMELINE;
    }

    @GetMapping("/requests/{id}/timeline.csv")
    ResponseEntity<byte[]> downloadTimeline(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable Long id,
                                            Locale locale) {
        CooperationRequest request = access.auditable(me.user(), id);
        DateTimeFormatter when = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(dates.zone());
        StringBuilder csv = new StringBuilder("\uFEFF"); // the BOM makes Excel read UTF-8 (Korean, Khmer) correctly
        csv.append(Csv.row(List.of(text("timeline.column.when", locale), text("timeline.column.who", locale),
                text("timeline.column.what", locale), text("timeline.column.kind", locale),
                text("timeline.column.source", locale), text("timeline.column.title", locale),
                text("timeline.column.details", locale))));
        for (Line line : lines(request, locale)) {
            TimelineEntry e = line.entry();
            csv.append(Csv.row(List.of(when.format(e.at()), line.who(), line.what(), e.kind(), e.source(),
                    nullToEmpty(e.title()), nullToEmpty(e.details()))));
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + request.reference()
                        + "-timeline.csv\"")
                .header("X-Content-Type-Options", "nosniff")
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The same lines and columns as the CSV, laid out for printing. */
    @GetMapping("/requests/{id}/timeline.pdf")
    ResponseEntity<byte[]> downloadTimelinePdf(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable Long id,
                                               Locale locale) {
        CooperationRequest request = access.auditable(me.user(), id);
        return pdf.attachment(request.reference() + "-timeline.pdf", PDF_TIMELINE,
                Map.of("request", request, "lines", lines(request, locale)), locale);
    }

    private List<Line> lines(CooperationRequest request, Locale locale) {
        Map<String, String> names = new HashMap<>();
        return timeline.of(request.id(), request.reference()).stream()
                .map(e -> new Line(e, e.actor() == null ? "" : names.computeIfAbsent(e.actor(), labels::person),
                        messages.getMessage("timeline.kind." + e.kind(), null, e.kind(), locale)))
                .toList();
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
