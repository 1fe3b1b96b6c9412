package org.coopflow.absence;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An official's absence (a row of absence): whole days in Korea, from {@code firstDay} to {@code lastDay}, with the
 * colleague of the same agency and role who stands in, and who recorded and ended it when.
 */
public record Absence(Long id, String username, String organisationCode, LocalDate firstDay, LocalDate lastDay,
                      Instant startsAt, Instant endsAt, String substitute, String note, AbsenceStatus status,
                      String recordedBy, Instant recordedAt, String endedBy, Instant endedAt, int version) {
}
