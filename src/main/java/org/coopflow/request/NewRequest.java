package org.coopflow.request;

import java.time.Instant;
import java.time.LocalDate;

/** Insert parameter for a new request; MyBatis writes the generated id back. */
public class NewRequest {
    public Long id;
    /** Known before the insert (reserved); null for rows that get theirs later (tests, fixtures). */
    public String reference;
    public String partnerOrg;
    public String countryCode;
    public String sectorCode;
    public String title;
    public String description;
    public String modality;
    public boolean urgent;
    public String languages;
    public LocalDate preferredStart;
    public LocalDate preferredEnd;
    public String contactName;
    public String contactEmail;
    public String idempotencyKey;
    public String submissionSha256;
    public String contactLocale;
    public String createdBy;
    public Instant createdAt;
}
