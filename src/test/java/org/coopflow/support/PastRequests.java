package org.coopflow.support;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.coopflow.support.Journeys.Cast;
import org.coopflow.support.Journeys.Journey;

/** Requests for the library's tests and journey: submitted with given words, or taken to a recorded consultation outcome. */
public final class PastRequests {

    private static final Random RANDOM = new Random();

    private PastRequests() {
    }

    /** A word no other test writes: lowercase letters only, so it is one index term. */
    public static String rareWord() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return word.toString();
    }

    /** Submitted by this partner in this sector with this title and description; waits at screenRequest. */
    public static Journey submit(Api partner, String sector, String title, String description) {
        Map<String, Object> body = new HashMap<>(Api.nationalIdRequest(title));
        body.put("sector", sector);
        body.put("description", description);
        var response = partner.submit(body, UUID.randomUUID().toString());
        if (!response.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError("submit: " + response);
        }
        return new Journey(((Number) response.getBody().get("id")).longValue(),
                (String) response.getBody().get("reference"));
    }

    /**
     * Submitted and taken, in a sector MOIS leads alone (civil registration, disaster management), through screening,
     * expert-mois's assignment and a confirmed online forum held today to the lead expert's outcome: the partner's
     * feedback waits.
     */
    public static Journey withOutcome(Cast cast, ProcessDriver driver, Api partner, String sector, String title,
                               String description, String report) {
        Journey journey = submit(partner, sector, title, description);
        cast.intake().complete(journey.id(), "screenRequest", Map.of("screeningDecision", "ACCEPT"));
        Journeys.nominate(cast.coordMois(), journey, "expert-mois");
        Journeys.accept(cast.expertMois(), journey);
        cast.coordMois().complete(journey.id(), "confirmTeam",
                Map.of("teamDecision", "CONFIRM", "leadExpert", "expert-mois"));
        cast.coordMois().complete(journey.id(), "planConsultation", Map.of("consultationModality", "ONLINE_FORUM",
                "consultationStart", LocalDate.now().toString(), "agenda", "Questions sent in advance"));
        partner.complete(journey.id(), "confirmConsultationPlan", Map.of("planDecision", "CONFIRM"));
        Journeys.fire(driver, journey, "consultationDateReached");
        cast.expertMois().complete(journey.id(), "recordConsultationOutcome",
                Map.of("consultationReport", report));
        return journey;
    }
}
