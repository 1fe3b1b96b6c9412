package org.coopflow.dashboard;

import java.time.LocalDate;

import org.coopflow.identity.CoopFlowPrincipal;
import org.coopflow.web.DateDisplay;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public API v1: the managers' dashboard figures, as codes and numbers (clients name them). {@code from} and
 * {@code to} are calendar days of request creation in the caller's time zone, both included.
 */
@RestController
class DashboardController {

    private final Dashboards dashboards;
    private final DateDisplay dates;

    DashboardController(Dashboards dashboards, DateDisplay dates) {
        this.dashboards = dashboards;
        this.dates = dates;
    }

    @GetMapping("/api/v1/dashboard")
    Dashboard dashboard(@AuthenticationPrincipal CoopFlowPrincipal me,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                        @RequestParam(required = false) String sector,
                        @RequestParam(required = false) String country) {
        return dashboards.figures(me.user(), DashboardFilter.of(from, to, sector, country, dates.zone()));
    }
}
