package org.coopflow.reference;

import java.time.LocalDate;
import java.util.List;

/**
 * An expert's absences planned or under way, told by the absence module (officials record them on /absences), for the
 * expert's administration page: the administrator sees who is away and who stands in before changing availability.
 */
public interface ExpertAbsences {

    /** One absence: whole days in Korea; {@code now} when it is under way. */
    record Away(LocalDate firstDay, LocalDate lastDay, String substitute, boolean now) {
    }

    /** Planned and ongoing absences of the expert, soonest first. */
    List<Away> openAbsences(String username);
}
