package org.coopflow.calendar;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;

/** A partner country's calendar: its code (when new), time zone and weekend days. */
public class CountryForm {

    private String countryCode;

    @NotBlank
    private String timeZone;

    private Set<DayOfWeek> weekend = EnumSet.noneOf(DayOfWeek.class);

    static CountryForm of(CalendarRows.CountryRow row) {
        CountryForm form = new CountryForm();
        form.setCountryCode(row.countryCode());
        form.setTimeZone(row.timeZone());
        form.setWeekend(WorkingCalendars.weekendDays(row.weekendDays()));
        return form;
    }

    static CountryForm blank() {
        CountryForm form = new CountryForm();
        form.setWeekend(EnumSet.copyOf(WorkingCalendars.USUAL_WEEKEND));
        return form;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public Set<DayOfWeek> getWeekend() {
        return weekend;
    }

    public void setWeekend(Set<DayOfWeek> weekend) {
        this.weekend = weekend == null ? EnumSet.noneOf(DayOfWeek.class) : weekend;
    }
}
