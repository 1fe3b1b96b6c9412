package org.coopflow.absence;

import java.time.LocalDate;
import java.util.List;

import org.coopflow.identity.CoopFlowPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public API v1: the caller's absences. {@code GET /api/v1/absences} (their own and those they stand in for),
 * {@code POST /api/v1/absences {"firstDay","lastDay","substitute","note"}}, {@code POST /api/v1/absences/{id}/end}.
 * Officials only (403 for partners and administrators).
 */
@RestController
@RequestMapping("/api/v1/absences")
class AbsenceApi {

    record NewAbsence(LocalDate firstDay, LocalDate lastDay, String substitute, String note) {
    }

    record MyAbsences(List<Absence> mine, List<Absence> standingIn, List<Absences.Colleague> substitutes) {
    }

    private final Absences absences;

    AbsenceApi(Absences absences) {
        this.absences = absences;
    }

    @GetMapping
    MyAbsences list(@AuthenticationPrincipal CoopFlowPrincipal me) {
        return new MyAbsences(absences.mine(me.user()), absences.standingIn(me.user()),
                absences.substitutesFor(me.user()));
    }

    @PostMapping
    ResponseEntity<Absence> record(@AuthenticationPrincipal CoopFlowPrincipal me,
                                   @RequestBody(required = false) NewAbsence body) {
        NewAbsence absence = body == null ? new NewAbsence(null, null, null, null) : body;
        return ResponseEntity.status(HttpStatus.CREATED).body(absences.record(me.user(), absence.firstDay(),
                absence.lastDay(), absence.substitute(), absence.note()));
    }

    @PostMapping("/{id}/end")
    Absence end(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable Long id) {
        return absences.end(me.user(), id);
    }
}
