package org.coopflow.dashboard;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.coopflow.dashboard.DashboardTables.AgencyLine;
import org.coopflow.dashboard.DashboardTables.Line;
import org.coopflow.dashboard.DashboardTables.StageLine;
import org.coopflow.dashboard.DashboardTables.TaskLine;
import org.coopflow.dashboard.DashboardTables.Tables;
import org.coopflow.identity.CoopFlowPrincipal;
import org.coopflow.reference.ReferenceData;
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
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The managers' dashboard page and the same figures as CSV. Next to the request search ({@code /requests}) and
 * the task list ({@code /tasks}), at {@code /dashboard}; the CSV at {@code /dashboard.csv}, like a timeline's.
 */
@Controller
@WebPage
class DashboardPages {

    static final String VIEW_DASHBOARD = "dashboard/show";

    private final Dashboards dashboards;
    private final DashboardTables tables;
    private final ReferenceData reference;
    private final DateDisplay dates;
    private final MessageSource messages;

    DashboardPages(Dashboards dashboards, DashboardTables tables, ReferenceData reference, DateDisplay dates,
                   MessageSource messages) {
        this.dashboards = dashboards;
        this.tables = tables;
        this.reference = reference;
        this.dates = dates;
        this.messages = messages;
    }

    /** A date that does not parse is shown next to its field, and the figures are for the other filters. */
    @GetMapping("/dashboard")
    String showDashboard(@AuthenticationPrincipal CoopFlowPrincipal me,
                         @ModelAttribute("search") DashboardSearch search, BindingResult searchErrors,
                         HttpServletRequest http, Model model, Locale locale) {
        Dashboard figures = dashboards.figures(me.user(), search.toFilter(dates.zone()));
        model.addAttribute("tables", tables.of(figures, locale));
        model.addAttribute("sectors", reference.sectors(locale));
        model.addAttribute("countries", reference.partnerCountries(locale));
        model.addAttribute("searchLinks", new RequestSearchLinks(search)); // the same requests as the figures
        model.addAttribute("csvUrl", UriComponentsBuilder.fromPath("/dashboard.csv").query(http.getQueryString())
                .replaceQueryParam("lang").build().toUriString());
        return VIEW_DASHBOARD;
    }

    /**
     * One row per figure, in the long format spreadsheets pivot: figure, code, name, measure, value. Names in
     * the reader's language, numbers unformatted (a spreadsheet formats them in its own locale).
     */
    @GetMapping("/dashboard.csv")
    ResponseEntity<byte[]> downloadDashboard(@AuthenticationPrincipal CoopFlowPrincipal me,
                                             @ModelAttribute("search") DashboardSearch search,
                                             BindingResult searchErrors, Locale locale) {
        Tables t = tables.of(dashboards.figures(me.user(), search.toFilter(dates.zone())), locale);
        StringBuilder csv = new StringBuilder("\uFEFF"); // the BOM makes Excel read UTF-8 (Korean) correctly
        csv.append(Csv.row(List.of(text("dashboard.csv.figure", locale), text("dashboard.csv.code", locale),
                text("dashboard.csv.name", locale), text("dashboard.csv.measure", locale),
                text("dashboard.csv.value", locale))));
        List<List<String>> rows = new ArrayList<>();
        counts(rows, text("dashboard.byCountry.title", locale), t.byCountry(), text("dashboard.column.requests", locale));
        counts(rows, text("dashboard.bySector.title", locale), t.bySector(), text("dashboard.column.requests", locale));
        counts(rows, text("dashboard.byStatus.title", locale), t.byStatus(), text("dashboard.column.requests", locale));
        String agencies = text("dashboard.byAgency.title", locale);
        for (AgencyLine a : t.byAgency()) {
            rows.add(List.of(agencies, a.code(), a.label(), text("dashboard.column.asLead", locale), num(a.asLead())));
            rows.add(List.of(agencies, a.code(), a.label(), text("dashboard.column.asSupport", locale),
                    num(a.asSupport())));
            rows.add(List.of(agencies, a.code(), a.label(), text("dashboard.column.total", locale), num(a.total())));
        }
        String tasks = text("dashboard.tasks.title", locale);
        for (TaskLine task : t.tasksByAgency()) {
            rows.add(List.of(tasks, task.code(), task.label(), text("dashboard.column.openTasks", locale),
                    num(task.openTasks())));
            rows.add(List.of(tasks, task.code(), task.label(), text("dashboard.column.overdueTasks", locale),
                    num(task.overdueTasks())));
        }
        String stages = text("dashboard.cycleTime.title", locale);
        for (StageLine s : t.cycleTimes()) {
            rows.add(List.of(stages, s.code(), s.label(), text("dashboard.column.stageRequests", locale),
                    num(s.requests())));
            rows.add(List.of(stages, s.code(), s.label(), text("dashboard.column.medianDays", locale),
                    num(s.medianDays())));
            rows.add(List.of(stages, s.code(), s.label(), text("dashboard.column.averageDays", locale),
                    num(s.averageDays())));
        }
        counts(rows, text("dashboard.mous.title", locale), t.mousSignedPerYear(), text("dashboard.column.mous", locale));
        rows.forEach(row -> csv.append(Csv.row(row)));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"coopflow-dashboard.csv\"")
                .header("X-Content-Type-Options", "nosniff")
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void counts(List<List<String>> rows, String figure, List<Line> lines, String measure) {
        lines.forEach(l -> rows.add(List.of(figure, l.code(), l.label(), measure, num(l.value()))));
    }

    private static String num(long value) {
        return Long.toString(value);
    }

    private static String num(Double value) {
        return value == null ? "" : value.toString();
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }
}
