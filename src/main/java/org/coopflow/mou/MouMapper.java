package org.coopflow.mou;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.coopflow.shared.GeneratedId;

@Mapper
interface MouMapper {

    int latestVersion(@Param("requestId") Long requestId);

    void insert(@Param("requestId") Long requestId, @Param("versionNo") int versionNo, @Param("title") String title,
                @Param("body") String body, @Param("changeSummary") String changeSummary,
                @Param("createdBy") String createdBy, @Param("now") Instant now);

    List<MouVersion> findByRequest(@Param("requestId") Long requestId);

    MouVersion findVersion(@Param("requestId") Long requestId, @Param("versionNo") int versionNo);

    void insertReview(@Param("row") GeneratedId row, @Param("requestId") Long requestId,
                      @Param("versionNo") int versionNo, @Param("reviewer") MouReviewer reviewer,
                      @Param("decision") String decision, @Param("comments") String comments,
                      @Param("reviewedBy") String reviewedBy, @Param("now") Instant now);

    MouReview findReview(@Param("id") Long id);

    List<MouReview> findReviews(@Param("requestId") Long requestId);

    void insertSigning(@Param("row") GeneratedId row, @Param("requestId") Long requestId,
                       @Param("versionNo") int versionNo, @Param("signedOn") LocalDate signedOn,
                       @Param("place") String place, @Param("signatories") String signatories,
                       @Param("signedCopyId") Long signedCopyId, @Param("recordedBy") String recordedBy,
                       @Param("now") Instant now);

    MouSigning findSigning(@Param("id") Long id);

    List<MouSigning> findSignings(@Param("requestId") Long requestId);
}
