package org.coopflow.support;

import java.time.Instant;
import java.util.UUID;

import org.coopflow.request.NewRequest;
import org.coopflow.request.RequestMapper;
import org.springframework.jdbc.core.JdbcTemplate;

/** A request row (by default KH-MOI, national ID), for mapper tests that need a request to hang their own rows on. */
public final class RequestRows {

    private RequestRows() {
    }

    public static Long insert(RequestMapper requests, String title, Instant createdAt) {
        return insert(requests, "KH-MOI", "KH", "NATIONAL_ID", title, createdAt);
    }

    /** A request row of this partner, country and sector (no reference, status SUBMITTED). */
    public static Long insert(RequestMapper requests, String partnerOrg, String countryCode, String sectorCode,
                              String title, Instant createdAt) {
        NewRequest row = new NewRequest();
        row.partnerOrg = partnerOrg;
        row.countryCode = countryCode;
        row.sectorCode = sectorCode;
        row.title = title;
        row.description = title;
        row.modality = "ONLINE_FORUM";
        row.languages = "km,en";
        row.contactName = "Sokha Chan";
        row.contactEmail = "sokha.chan@example.org";
        row.idempotencyKey = "mapper-it-" + UUID.randomUUID();
        row.createdBy = "partner-kh";
        row.createdAt = createdAt;
        requests.insert(row);
        return row.id;
    }

    /**
     * Gives a fixture's request a reference it can predict (e.g. "TM-" and its id). The product writes a reference only
     * with the row, from the year's counter.
     */
    public static void assignReference(JdbcTemplate jdbc, Long id, String reference) {
        jdbc.update("UPDATE cooperation_request SET reference = ? WHERE id = ?", reference, id);
    }
}
