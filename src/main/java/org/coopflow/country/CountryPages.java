package org.coopflow.country;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.coopflow.identity.CoopFlowPrincipal;
import org.coopflow.identity.CurrentUser;
import org.coopflow.reference.Organisation;
import org.coopflow.reference.ReferenceMapper;
import org.coopflow.request.RequestLabels;
import org.coopflow.request.RequestStatus;
import org.coopflow.web.DateDisplay;
import org.coopflow.web.WebPage;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The countries index ({@code /countries}: every partner country's figures side by side, each linking into the
 * request search) and a country's page ({@code /countries/KH}), for managers and coordinators; a partner is taken to
 * its own country's page, which shows its own organisation's cooperation only.
 */
@Controller
@WebPage
class CountryPages {

    static final String VIEW_INDEX = "country/index";
    static final String VIEW_COUNTRY = "country/show";

    /** A line of the cooperation's history in the reader's words. */
    record HistoryLine(CountryMapper.HistoryRow row, String words) {
    }

    private final Countries countries;
    private final ReferenceMapper organisations;
    private final RequestLabels labels;
    private final DateDisplay dates;
    private final MessageSource messages;
    private final ObjectMapper json;

    CountryPages(Countries countries, ReferenceMapper organisations, RequestLabels labels, DateDisplay dates,
                 MessageSource messages, ObjectMapper json) {
        this.countries = countries;
        this.organisations = organisations;
        this.labels = labels;
        this.dates = dates;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/countries")
    String showIndex(@AuthenticationPrincipal CoopFlowPrincipal me, Model model, Locale locale) {
        CurrentUser user = me.user();
        if (user.isPartner()) {
            Organisation own = organisations.findOrganisation(user.organisationCode());
            return "redirect:/countries/" + own.countryCode();
        }
        List<CountryFigures> figures = countries.index(user, locale);
        model.addAttribute("countries", figures);
        Map<String, Map<RequestStatus, Long>> byStatus = countries.requestsByStatus(user);
        List<Chart.Series> series = new ArrayList<>();
        for (RequestStatus status : RequestStatus.values()) {
            List<Long> data = figures.stream().map(f -> byStatus.getOrDefault(f.code(), Map.of()).getOrDefault(status, 0L))
                    .toList();
            if (data.stream().anyMatch(v -> v > 0)) {
                series.add(new Chart.Series(text("status." + status, locale), data));
            }
        }
        Chart chart = new Chart(text("countries.index.chart", locale), true,
                figures.stream().map(CountryFigures::name).toList(), series);
        model.addAttribute("chart", chart);
        model.addAttribute("chartJson", toJson(chart));
        return VIEW_INDEX;
    }

    @GetMapping("/countries/{code}")
    String showCountry(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable String code, Model model,
                       Locale locale) {
        Countries.CountryPage page = countries.page(me.user(), code, locale);
        model.addAttribute("page", page);
        model.addAttribute("c", page.figures());
        Chart byYear = byYearAndSector(page.requests(), locale);
        Chart byStage = byStage(page.requests(), locale);
        model.addAttribute("byYear", byYear);
        model.addAttribute("byYearJson", toJson(byYear));
        model.addAttribute("byStage", byStage);
        model.addAttribute("byStageJson", toJson(byStage));
        model.addAttribute("statusCounts", statusCounts(page.requests()));
        model.addAttribute("sectorCounts", sectorCounts(page.requests()));
        model.addAttribute("recent", page.requests().stream().limit(20).toList());
        model.addAttribute("history", page.history().stream().map(h -> new HistoryLine(h, words(h, locale))).toList());
        return VIEW_COUNTRY;
    }

    /** Requests per year of submission (the reader's calendar), one stacked series per sector. */
    private Chart byYearAndSector(List<CountryMapper.RequestRow> requests, Locale locale) {
        ZoneId zone = dates.zone();
        TreeSet<Integer> years = requests.stream().map(r -> LocalDate.ofInstant(r.createdAt(), zone).getYear())
                .collect(Collectors.toCollection(TreeSet::new));
        Map<String, Map<Integer, Long>> bySector = new TreeMap<>();
        for (CountryMapper.RequestRow r : requests) {
            bySector.computeIfAbsent(r.sectorCode(), k -> new TreeMap<>())
                    .merge(LocalDate.ofInstant(r.createdAt(), zone).getYear(), 1L, Long::sum);
        }
        List<Chart.Series> series = bySector.entrySet().stream().map(e -> new Chart.Series(labels.sector(e.getKey()),
                years.stream().map(y -> e.getValue().getOrDefault(y, 0L)).toList())).toList();
        return new Chart(text("countries.show.chartByYear", locale), false,
                years.stream().map(String::valueOf).toList(), series);
    }

    /** Requests per stage, in the order of the process. */
    private Chart byStage(List<CountryMapper.RequestRow> requests, Locale locale) {
        Map<RequestStatus, Long> counts = statusCounts(requests);
        return new Chart(text("countries.show.chartByStage", locale), true,
                counts.keySet().stream().map(s -> text("status." + s, locale)).toList(),
                counts.isEmpty() ? List.of() : List.of(new Chart.Series(text("countries.column.requests", locale),
                        new ArrayList<>(counts.values()))));
    }

    private static Map<RequestStatus, Long> statusCounts(List<CountryMapper.RequestRow> requests) {
        Map<RequestStatus, Long> counts = new LinkedHashMap<>();
        Arrays.stream(RequestStatus.values()).forEach(status -> {
            long n = requests.stream().filter(r -> r.status().equals(status.name())).count();
            if (n > 0) {
                counts.put(status, n);
            }
        });
        return counts;
    }

    private static Map<String, Long> sectorCounts(List<CountryMapper.RequestRow> requests) {
        return requests.stream().collect(Collectors.groupingBy(CountryMapper.RequestRow::sectorCode, TreeMap::new,
                Collectors.counting()));
    }

    /** "Request submitted (National ID cards)", "Consultation held (online forum)", "MOU signed", … */
    private String words(CountryMapper.HistoryRow h, Locale locale) {
        String detail = h.detail() == null ? "" : switch (h.kind()) {
            case "SUBMITTED" -> labels.sector(h.detail());
            case "CONSULTATION_HELD" -> text("modality." + h.detail(), locale);
            default -> h.detail();
        };
        return messages.getMessage("countries.history." + h.kind(), new Object[]{detail}, locale);
    }

    private String toJson(Chart chart) {
        try {
            return json.writeValueAsString(chart);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }
}
