package org.coopflow.workspace;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;

import org.coopflow.request.RequestFilter;
import org.coopflow.request.RequestStatus;
import org.coopflow.search.SearchText;
import org.springframework.format.annotation.DateTimeFormat;

/** The officials' search form on the request list (query parameters, so a search can be bookmarked). */
public class RequestSearch {

    /** Words of the reference, title or description (the keyword index, {@link SearchText}). */
    private String q;

    /** An exact reference: the search box before keywords, still understood in bookmarked addresses. */
    private String reference;
    private String country;
    private String sector;
    private String agency;
    private String status;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate createdFrom;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate createdTo;

    /** Dates are the searcher's own calendar days: "created on 3 March" means 3 March where they are. */
    RequestFilter toFilter(ZoneId zone) {
        return new RequestFilter(statusOrNull(), blankToNull(sector), blankToNull(country), blankToNull(agency), null,
                createdFrom == null ? null : createdFrom.atStartOfDay(zone).toInstant(),
                createdTo == null ? null : createdTo.plusDays(1).atStartOfDay(zone).toInstant(),
                SearchText.query(getQ()));
    }

    private RequestStatus statusOrNull() {
        return Arrays.stream(RequestStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The words; an old address's {@code ?reference=CR-…} is searched (and shown) as words. */
    public String getQ() {
        return (q == null || q.isBlank()) && reference != null ? reference : q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public LocalDate getCreatedFrom() {
        return createdFrom;
    }

    public void setCreatedFrom(LocalDate createdFrom) {
        this.createdFrom = createdFrom;
    }

    public LocalDate getCreatedTo() {
        return createdTo;
    }

    public void setCreatedTo(LocalDate createdTo) {
        this.createdTo = createdTo;
    }
}
