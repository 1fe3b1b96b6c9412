package org.coopflow.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A request as the API and pages show it to someone entitled to see it. */
public record RequestDetails(Long id, String reference, String partnerOrg, String countryCode, String sector,
                             String title, String description, String modality, boolean urgent,
                             List<String> languages, LocalDate preferredStart, LocalDate preferredEnd,
                             String contactName, String contactEmail, RequestStatus status, String stage,
                             String leadAgency, List<String> supportingAgencies,
                             String closingReason, Instant createdAt, Instant updatedAt) {
}
