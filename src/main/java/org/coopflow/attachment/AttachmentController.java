package org.coopflow.attachment;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.coopflow.identity.CoopFlowPrincipal;
import org.coopflow.shared.InvalidInputException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Public API v1: a request's documents. */
@RestController
@RequestMapping("/api/v1/requests/{requestId}/attachments")
class AttachmentController {

    /** What API clients see of an attachment (who uploaded it stays internal). */
    record AttachmentInfo(Long id, String filename, String contentType, long size, String sha256, Instant uploadedAt) {

        static AttachmentInfo of(Attachment a) {
            return new AttachmentInfo(a.id(), a.filename(), a.contentType(), a.sizeBytes(), a.sha256(), a.uploadedAt());
        }
    }

    private final Attachments attachments;

    AttachmentController(Attachments attachments) {
        this.attachments = attachments;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<AttachmentInfo> upload(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable Long requestId,
                                          @RequestParam(name = "file", required = false) MultipartFile file) {
        if (file == null) {
            throw new InvalidInputException("file", "form.required");
        }
        Attachment stored = attachments.upload(me.user(), requestId, attachments.read(file));
        return ResponseEntity.created(URI.create("/api/v1/requests/" + requestId + "/attachments/" + stored.id()))
                .body(AttachmentInfo.of(stored));
    }

    @GetMapping
    List<AttachmentInfo> list(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable Long requestId) {
        return attachments.of(me.user(), requestId).stream().map(AttachmentInfo::of).toList();
    }

    @GetMapping("/{attachmentId}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable Long requestId,
                                    @PathVariable Long attachmentId) {
        return AttachmentDownload.of(attachments.download(me.user(), requestId, attachmentId));
    }
}
