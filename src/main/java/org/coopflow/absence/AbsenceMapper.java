package org.coopflow.absence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.coopflow.shared.GeneratedId;

@Mapper
interface AbsenceMapper {

    void insert(@Param("a") Absence absence, @Param("row") GeneratedId row);

    Absence find(@Param("id") Long id);

    List<Absence> findOf(@Param("username") String username);

    List<Absence> findStandingIn(@Param("substitute") String substitute);

    /** This person's absences not over yet that share a day with first..last. */
    List<Absence> findOverlapping(@Param("username") String username, @Param("firstDay") LocalDate firstDay,
                                  @Param("lastDay") LocalDate lastDay);

    /** The absence under way of this person, if any. */
    Absence findActive(@Param("username") String username);

    /** Absences to start (PLANNED, first day come) or to end (ACTIVE, last day gone). */
    List<Long> findDue(@Param("now") Instant now, @Param("limit") int limit);

    /** Moves an absence on; 0 when someone else did first. */
    int changeStatus(@Param("id") Long id, @Param("version") int version, @Param("status") AbsenceStatus status,
                     @Param("endedBy") String endedBy, @Param("endedAt") Instant endedAt);

    void insertOffer(@Param("o") SubstituteOffer offer, @Param("row") GeneratedId row);

    SubstituteOffer findOffer(@Param("id") Long id);

    SubstituteOffer findOfferOf(@Param("absenceId") Long absenceId, @Param("taskId") String taskId);

    List<SubstituteOffer> findOpenOffers(@Param("absenceId") Long absenceId);

    void withdrawOffer(@Param("id") Long id, @Param("at") Instant at);
}
