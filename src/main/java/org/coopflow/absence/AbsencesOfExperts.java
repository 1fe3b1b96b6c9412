package org.coopflow.absence;

import java.util.Comparator;
import java.util.List;

import org.coopflow.reference.ExpertAbsences;
import org.springframework.stereotype.Component;

/** An expert's planned and ongoing absences for the experts' administration page (reference module). */
@Component
class AbsencesOfExperts implements ExpertAbsences {

    private final AbsenceMapper mapper;

    AbsencesOfExperts(AbsenceMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public List<Away> openAbsences(String username) {
        return mapper.findOf(username).stream().filter(a -> a.status().open())
                .sorted(Comparator.comparing(Absence::firstDay))
                .map(a -> new Away(a.firstDay(), a.lastDay(), a.substitute(), a.status() == AbsenceStatus.ACTIVE))
                .toList();
    }
}
