package org.coopflow.mou;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.coopflow.attachment.Attachments;
import org.coopflow.shared.ConflictException;
import org.coopflow.shared.GeneratedId;
import org.coopflow.shared.InvalidInputException;
import org.coopflow.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The MOU stage's records: the versioned document, every review of every version, the signing. Written by the
 * model's listeners, read by pages, the audit and the dashboard.
 */
@Service
public class MouVersions {

    private final MouMapper mapper;
    private final Attachments attachments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MouVersions(MouMapper mapper, Attachments attachments, ApplicationEventPublisher events, Clock clock) {
        this.mapper = mapper;
        this.attachments = attachments;
        this.events = events;
        this.clock = clock;
    }

    int addVersion(Long requestId, String title, String body, String changeSummary, String author) {
        int versionNo = mapper.latestVersion(requestId) + 1;
        mapper.insert(requestId, versionNo, title, body, changeSummary, author, clock.instant());
        events.publishEvent(new MouVersionCreated(requestId, versionNo));
        return versionNo;
    }

    /** A review of the latest version; asking for changes needs comments saying which. */
    void review(Long requestId, MouReviewer reviewer, String decision, String comments, String reviewedBy) {
        if (MouProcess.REQUEST_CHANGES.equals(decision) && comments == null) {
            throw new InvalidInputException(reviewer.commentsVariable(), "form.required");
        }
        int versionNo = mapper.latestVersion(requestId);
        if (versionNo == 0) {
            throw new ConflictException("mou.noDraft");
        }
        GeneratedId row = new GeneratedId();
        mapper.insertReview(row, requestId, versionNo, reviewer, decision, comments, reviewedBy, clock.instant());
        events.publishEvent(new MouReviewed(requestId, row.getId()));
    }

    /** The signing of the latest version; the signed copy, if named, must be one of the request's documents. */
    void sign(Long requestId, LocalDate signedOn, String place, String signatories, Long signedCopyId,
              String recordedBy) {
        if (signedCopyId != null && attachments.find(requestId, signedCopyId).isEmpty()) {
            throw new InvalidInputException(MouProcess.VAR_SIGNED_COPY, "form.invalidOption");
        }
        int versionNo = mapper.latestVersion(requestId);
        if (versionNo == 0) {
            throw new ConflictException("mou.noDraft");
        }
        GeneratedId row = new GeneratedId();
        mapper.insertSigning(row, requestId, versionNo, signedOn, place, signatories, signedCopyId, recordedBy,
                clock.instant());
        events.publishEvent(new MouSigned(requestId, row.getId()));
    }

    public List<MouVersion> of(Long requestId) {
        return mapper.findByRequest(requestId);
    }

    /** One version of the request's MOU; 404 when the request has no such version. */
    public MouVersion version(Long requestId, int versionNo) {
        MouVersion version = mapper.findVersion(requestId, versionNo);
        if (version == null) {
            throw new NotFoundException("mou.versionNotFound", versionNo);
        }
        return version;
    }

    public MouReview review(Long reviewId) {
        return mapper.findReview(reviewId);
    }

    public List<MouReview> reviews(Long requestId) {
        return mapper.findReviews(requestId);
    }

    public MouSigning signing(Long signingId) {
        return mapper.findSigning(signingId);
    }

    public List<MouSigning> signings(Long requestId) {
        return mapper.findSignings(requestId);
    }
}
