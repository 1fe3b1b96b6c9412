package org.coopflow.obligation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The term of a signed MOU (a row of mou_term): in force from, expires (null: until terminated), and how many days
 * before the expiry the MOU asks for notice of renewal. Country, partner and lead agency as at the signing.
 */
public record MouTerm(Long id, Long requestId, Long signingId, String title, String partnerOrg, String countryCode,
                      String leadAgency, LocalDate signedOn, LocalDate inForceFrom, LocalDate expiresOn,
                      Integer renewalNoticeDays, TermStatus status, Instant renewalNoticedAt,
                      Instant expiryNoticedAt, Instant expiredAt, String recordedBy, Instant recordedAt) {

    /** The last day to give notice of renewal, or null for an MOU without an expiry date. */
    public LocalDate renewalNoticeOn() {
        return expiresOn == null || renewalNoticeDays == null ? null : expiresOn.minusDays(renewalNoticeDays);
    }
}
