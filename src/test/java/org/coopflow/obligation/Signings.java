package org.coopflow.obligation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.coopflow.support.Journeys;
import org.coopflow.support.Journeys.Cast;
import org.coopflow.support.Journeys.Journey;
import org.coopflow.support.ProcessDriver;

/** A national ID request (MOIS lead, KOMSCO supporting) taken to its MOU's signing, recorded with a term and commitments. */
final class Signings {

    private Signings() {
    }

    /** One commitment as the signing form takes it. */
    static Map<String, Object> obligation(String clause, String party, String recurrence, LocalDate firstDue) {
        return Map.of("obligationClause", clause, "obligationDescription", "What " + clause + " commits to",
                "obligationParty", party, "obligationRecurrence", recurrence, "obligationFirstDue", firstDue.toString());
    }

    /** The signing form: signed today, with this term (expiry and notice may be null) and these commitments. */
    static Map<String, Object> form(LocalDate inForceFrom, LocalDate expiresOn, Integer noticeDays,
                                   List<Map<String, Object>> obligations) {
        Map<String, Object> values = new HashMap<>();
        values.put("signingDate", LocalDate.now().toString());
        values.put("signatories", "Vice Minister of the Interior and Safety; Secretary of State, Ministry of Interior");
        values.put("signingPlace", "Phnom Penh");
        if (inForceFrom != null) {
            values.put("mouInForceFrom", inForceFrom.toString());
        }
        if (expiresOn != null) {
            values.put("mouExpiresOn", expiresOn.toString());
        }
        if (noticeDays != null) {
            values.put("mouRenewalNoticeDays", noticeDays);
        }
        values.put("mouObligations", obligations);
        return values;
    }

    /** The manager approved the MOU for signing: recordMouSigning waits for the lead (MOIS) coordinator. */
    static Journey toSigning(Cast cast, ProcessDriver driver) {
        Journey journey = Journeys.toMouSigningApproval(cast, driver);
        cast.manager().complete(journey.id(), "approveMouForSigning", Map.of("signingDecision", "APPROVE"));
        return journey;
    }

    static Journey signed(Cast cast, ProcessDriver driver, Map<String, Object> form) {
        Journey journey = toSigning(cast, driver);
        cast.coordMois().complete(journey.id(), "recordMouSigning", form);
        return journey;
    }
}
