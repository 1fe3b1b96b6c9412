package org.coopflow.country;

import java.util.List;

/**
 * A bar chart's data for static/js/charts.js, written into the page as JSON in a data attribute (the page runs no
 * inline script): categories along one axis, one or more series of numbers (stacked when there are several).
 *
 * @param horizontal bars along the x axis (long category names, such as countries)
 */
public record Chart(String title, boolean horizontal, List<String> categories, List<Series> series) {

    /** One series: its name and a number per category. */
    public record Series(String name, List<Long> data) {
    }

    public boolean isEmpty() {
        return series.isEmpty() || series.stream().allMatch(s -> s.data().stream().allMatch(v -> v == 0));
    }
}
