package org.coopflow.obligation;

import java.time.LocalDate;

/**
 * Filters of the register; null means any.
 *
 * @param party  the responsible party's code: a Korean agency, or a partner organisation
 * @param termId one MOU
 */
public record RegisterFilter(String country, String party, Long termId, OccurrenceStatus status, LocalDate dueFrom,
                             LocalDate dueTo) {

    public static RegisterFilter none() {
        return new RegisterFilter(null, null, null, null, null, null);
    }

    public static RegisterFilter ofCountry(String country) {
        return new RegisterFilter(country, null, null, null, null, null);
    }
}
