package org.coopflow.audit;

import org.coopflow.attachment.Attachments;
import org.coopflow.mou.MouProcess;
import org.coopflow.mou.MouReview;
import org.coopflow.mou.MouReviewed;
import org.coopflow.mou.MouSigned;
import org.coopflow.mou.MouSigning;
import org.coopflow.mou.MouVersion;
import org.coopflow.mou.MouVersionCreated;
import org.coopflow.mou.MouVersions;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Audit lines of the MOU: every version, every review with its comments, the signing. */
@Component
class MouAudit {

    private final AuditTrail audit;
    private final MouVersions versions;
    private final Attachments attachments;

    MouAudit(AuditTrail audit, MouVersions versions, Attachments attachments) {
        this.audit = audit;
        this.versions = versions;
        this.attachments = attachments;
    }

    @EventListener
    void onVersionCreated(MouVersionCreated event) {
        MouVersion version = versions.version(event.requestId(), event.versionNo());
        audit.write(audit.line(event.requestId(), AuditEventType.MOU_VERSION_CREATED, version.createdBy())
                .step(MouProcess.TASK_DRAFT).number(version.versionNo()).reason(version.changeSummary()));
    }

    @EventListener
    void onReviewed(MouReviewed event) {
        MouReview review = versions.review(event.reviewId());
        audit.write(audit.line(event.requestId(), AuditEventType.MOU_REVIEWED, review.reviewedBy())
                .step(stepOf(review)).decision(review.decision()).detail(review.reviewer().name())
                .number(review.versionNo()).reason(review.comments()));
    }

    @EventListener
    void onSigned(MouSigned event) {
        MouSigning signing = versions.signing(event.signingId());
        AuditLine line = audit.line(event.requestId(), AuditEventType.MOU_SIGNED, signing.recordedBy())
                .step(MouProcess.TASK_RECORD_SIGNING).number(signing.versionNo()).onDate(signing.signedOn())
                .reason(signing.signatories());
        if (signing.signedCopyId() != null) {
            attachments.find(event.requestId(), signing.signedCopyId())
                    .ifPresent(copy -> line.document(copy.id(), copy.filename()));
        }
        audit.write(line);
    }

    private static String stepOf(MouReview review) {
        return switch (review.reviewer()) {
            case LEGAL -> MouProcess.TASK_REVIEW_LEGAL;
            case PARTNER -> MouProcess.TASK_REVIEW_PARTNER;
            case MANAGER -> MouProcess.TASK_APPROVE_FOR_SIGNING;
        };
    }
}
