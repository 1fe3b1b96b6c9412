package org.coopflow.request;

import java.time.Instant;
import java.time.LocalDate;

/** A row of cooperation_request: what a partner asked for and where it stands. */
public record CooperationRequest(Long id, String reference, String partnerOrg, String countryCode, String sectorCode,
                                 String title, String description, String modality, boolean urgent,
                                 String languages, LocalDate preferredStart, LocalDate preferredEnd,
                                 String contactName, String contactEmail, RequestStatus status,
                                 String processInstanceId, String idempotencyKey, String closingReason,
                                 String createdBy, Instant createdAt, Instant updatedAt, int version,
                                 String submissionSha256, String contactLocale) {
}
