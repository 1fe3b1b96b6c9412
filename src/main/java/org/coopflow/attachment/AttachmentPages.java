package org.coopflow.attachment;

import java.util.List;
import java.util.Locale;

import org.coopflow.identity.CoopFlowPrincipal;
import org.coopflow.shared.ConflictException;
import org.coopflow.web.WebPage;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Documents on the request page: upload (back to the page, with a notice or the reason next to the file
 * field) and download.
 */
@Controller
@WebPage
class AttachmentPages {

    /** Flash attribute the request page shows next to its file field. */
    static final String UPLOAD_ERROR = "uploadError";

    private final Attachments attachments;
    private final MessageSource messages;

    AttachmentPages(Attachments attachments, MessageSource messages) {
        this.attachments = attachments;
        this.messages = messages;
    }

    @PostMapping("/requests/{requestId}/attachments")
    String processUploadForm(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable Long requestId,
                             @RequestParam(name = "files", required = false) List<MultipartFile> files,
                             RedirectAttributes redirect, Locale locale) {
        String page = "redirect:/requests/" + requestId + "#documents";
        try {
            List<Upload> uploads = attachments.read(files);
            if (uploads.isEmpty()) {
                redirect.addFlashAttribute(UPLOAD_ERROR, messages.getMessage("attachment.chooseFile", null, locale));
                return page;
            }
            int added = attachments.uploadAll(me.user(), requestId, uploads).size();
            redirect.addFlashAttribute("notice", messages.getMessage("attachment.added", new Object[]{added}, locale));
        } catch (AttachmentRejectedException rejected) {
            redirect.addFlashAttribute(UPLOAD_ERROR, rejected.describe(messages, attachments.settings(), locale));
        } catch (ConflictException closedMeanwhile) {
            redirect.addFlashAttribute(UPLOAD_ERROR, messages.getMessage(closedMeanwhile.messageCode(), null, locale));
        }
        return page;
    }

    @GetMapping("/requests/{requestId}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable Long requestId,
                                    @PathVariable Long attachmentId) {
        return AttachmentDownload.of(attachments.download(me.user(), requestId, attachmentId));
    }
}
