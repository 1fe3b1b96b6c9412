package org.coopflow.library;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;

import org.coopflow.search.SearchText;
import org.springframework.format.annotation.DateTimeFormat;

/** The library's search form (query parameters, so a search or a facet can be bookmarked and linked). */
public class LibrarySearch {

    private String q;
    private String kind;
    private String sector;
    private String country;
    private String modality;
    private String language;
    private String agency;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate from;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate to;

    /** Dates are the reader's own calendar days: "from 3 March" means 3 March where they are. */
    LibraryFilter toFilter(ZoneId zone) {
        return new LibraryFilter(SearchText.query(q), kindOrNull(), blankToNull(sector), blankToNull(country),
                blankToNull(modality), blankToNull(language), blankToNull(agency),
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** Whether the kind given is one of the entry kinds (or none). */
    boolean kindIsValid() {
        return blankToNull(kind) == null || kindOrNull() != null;
    }

    boolean datesInOrder() {
        return from == null || to == null || !to.isBefore(from);
    }

    private EntryKind kindOrNull() {
        return Arrays.stream(EntryKind.values()).filter(k -> k.name().equals(kind)).findFirst().orElse(null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getModality() {
        return modality;
    }

    public void setModality(String modality) {
        this.modality = modality;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
