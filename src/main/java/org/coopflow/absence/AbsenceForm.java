package org.coopflow.absence;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** An absence as typed on the page (checked by {@link Absences#record}). */
public class AbsenceForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate firstDay;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate lastDay;

    private String substitute;
    private String note;

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public void setFirstDay(LocalDate firstDay) {
        this.firstDay = firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    public String getSubstitute() {
        return substitute;
    }

    public void setSubstitute(String substitute) {
        this.substitute = substitute;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
