package org.coopflow.obligation;

import java.time.LocalDate;
import java.util.Arrays;

import org.springframework.format.annotation.DateTimeFormat;

/** The register's filters as query parameters (so a view of the register can be bookmarked and exported). */
public class RegisterSearch {

    private String country;
    private String party;
    private Long mou;
    private String status;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueFrom;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueTo;

    RegisterFilter toFilter() {
        return new RegisterFilter(blankToNull(country), blankToNull(party), mou,
                Arrays.stream(OccurrenceStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null),
                dueFrom, dueTo);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getParty() {
        return party;
    }

    public void setParty(String party) {
        this.party = party;
    }

    public Long getMou() {
        return mou;
    }

    public void setMou(Long mou) {
        this.mou = mou;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public LocalDate getDueFrom() {
        return dueFrom;
    }

    public void setDueFrom(LocalDate dueFrom) {
        this.dueFrom = dueFrom;
    }

    public LocalDate getDueTo() {
        return dueTo;
    }

    public void setDueTo(LocalDate dueTo) {
        this.dueTo = dueTo;
    }
}
