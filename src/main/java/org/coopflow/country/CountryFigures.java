package org.coopflow.country;

/**
 * One country's cooperation in figures, as a reader may see it: partner organisations, requests (open ones too),
 * consultations held, MOUs signed, in force and expiring, follow-up actions open and overdue, and obligation
 * occurrences upcoming, due and overdue.
 */
public record CountryFigures(String code, String name, int organisations, long requests, long openRequests,
                             long consultationsHeld, long mousSigned, long mousInForce, long mousExpiring,
                             long actionsOpen, long actionsOverdue, long obligationsUpcoming, long obligationsDue,
                             long obligationsOverdue) {
}
