package org.coopflow.attachment;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.coopflow.identity.CurrentUser;
import org.coopflow.identity.Role;
import org.coopflow.request.CooperationRequest;
import org.coopflow.request.RequestAgency;
import org.coopflow.request.RequestService;
import org.coopflow.shared.ConflictException;
import org.coopflow.shared.ForbiddenException;
import org.coopflow.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * Documents of a request: checked (size, type by content), hashed, stored in the database, announced as
 * {@link DocumentAdded}, and handed out only to those who may see the request.
 */
@Service
public class Attachments {

    /** Officials who work on a request (read-only managers and admins do not add documents). */
    private static final Set<Role> WORKING_ROLES = EnumSet.of(Role.INTAKE, Role.COORDINATOR, Role.EXPERT, Role.LEGAL);

    private final AttachmentMapper mapper;
    private final RequestService requests;
    private final ApplicationEventPublisher events;
    private final AttachmentSettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Attachments(AttachmentMapper mapper, RequestService requests, ApplicationEventPublisher events,
                AttachmentSettings settings, PlatformTransactionManager transactionManager, Clock clock) {
        this.mapper = mapper;
        this.requests = requests;
        this.events = events;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    public AttachmentSettings settings() {
        return settings;
    }

    /** The accept= hint for file inputs. */
    public String acceptHint() {
        return AllowedTypes.ACCEPT;
    }

    public List<Attachment> of(CurrentUser user, Long requestId) {
        return mapper.findByRequest(requests.visible(user, requestId).id());
    }

    /** The documents of a request, for modules that already checked who is asking (metadata only). */
    public List<Attachment> ofRequest(Long requestId) {
        return mapper.findByRequest(requestId);
    }

    /** One document of a request (metadata only), if it belongs to the request. */
    public Optional<Attachment> find(Long requestId, Long attachmentId) {
        return mapper.findByRequest(requestId).stream().filter(a -> a.id().equals(attachmentId)).findFirst();
    }

    /** 404 unless the user may see the request and the attachment belongs to it. */
    public AttachmentFile download(CurrentUser user, Long requestId, Long attachmentId) {
        CooperationRequest request = requests.visible(user, requestId);
        AttachmentFile file = attachmentId == null ? null : mapper.findFile(request.id(), attachmentId);
        if (file == null) {
            throw new NotFoundException("attachment.notFound");
        }
        return file;
    }

    /** The partner of the request, and the officials of the agencies involved, while the request is open. */
    public boolean mayUpload(CurrentUser user, CooperationRequest request) {
        if (request.status().isClosed()) {
            return false;
        }
        if (user.isPartner()) {
            return request.partnerOrg().equals(user.organisationCode());
        }
        return user.roles().stream().anyMatch(WORKING_ROLES::contains)
                && requests.agenciesOf(request.id()).stream().map(RequestAgency::agencyCode)
                .anyMatch(code -> code.equals(user.organisationCode()));
    }

    /** Checks, stores and records one upload on a request the user may add documents to. */
    public Attachment upload(CurrentUser user, Long requestId, Upload upload) {
        return uploadAll(user, requestId, List.of(upload)).get(0);
    }

    /**
     * Stores several files on a request the user may add documents to: all of them, or none when one is
     * refused. Each is announced (the notification module tells the people working on the request).
     *
     * @throws AttachmentRejectedException for the first file refused
     */
    public List<Attachment> uploadAll(CurrentUser user, Long requestId, List<Upload> uploads) {
        CooperationRequest request = requests.visible(user, requestId);
        if (request.status().isClosed()) {
            throw new ConflictException("request.closed");
        }
        if (!mayUpload(user, request)) {
            throw new ForbiddenException("attachment.notInvolved");
        }
        List<CheckedUpload> checked = checkAll(uploads);
        return transaction.execute(status -> checked.stream().map(u -> store(user, request.id(), u)).toList());
    }

    /**
     * The files of a form or API call, each refused before its bytes are read when it is over the limit (the server
     * reads larger parts than the limit, so that the page can say which file).
     *
     * @throws AttachmentRejectedException for the first file over the limit
     */
    public List<Upload> read(List<MultipartFile> files) {
        if (files != null) {
            for (MultipartFile file : files) {
                if (file.getSize() > settings.maxSize().toBytes()) {
                    throw new AttachmentRejectedException(String.valueOf(file.getOriginalFilename()),
                            "attachment.tooLarge");
                }
            }
        }
        return Upload.allOf(files);
    }

    /** One file of an API call, refused before its bytes are read when it is over the limit. */
    public Upload read(MultipartFile file) {
        read(List.of(file));
        return Upload.of(file);
    }

    /**
     * Checks every file before anything is stored, so a form with one bad file creates nothing.
     *
     * @throws AttachmentRejectedException for the first file refused
     */
    public List<CheckedUpload> checkAll(List<Upload> uploads) {
        return uploads.stream().map(this::check).toList();
    }

    /** Stores files already checked on a request just submitted by this user (the submission form). */
    public void attachAll(CurrentUser user, CooperationRequest request, List<CheckedUpload> uploads) {
        if (!mayUpload(user, request)) {
            throw new ForbiddenException("attachment.notInvolved");
        }
        transaction.executeWithoutResult(status -> uploads.forEach(u -> store(user, request.id(), u)));
    }

    /**
     * Stores a file already checked on a request, whatever its status, for a module that checked the user may add it:
     * the evidence of an MOU obligation, which comes due long after the request closed. Announced like any document.
     */
    public Attachment attachChecked(CurrentUser user, Long requestId, CheckedUpload upload) {
        return store(user, requestId, upload);
    }

    CheckedUpload check(Upload upload) {
        byte[] content = upload.content() == null ? new byte[0] : upload.content();
        // As sent, but never with control or invisible characters, even in a message naming it.
        String name = upload.originalFilename() == null ? ""
                : upload.originalFilename().replaceAll("[\\p{Cc}\\p{Cf}]", "");
        if (content.length == 0) {
            throw new AttachmentRejectedException(name, "attachment.empty");
        }
        if (content.length > settings.maxSize().toBytes()) {
            throw new AttachmentRejectedException(name, "attachment.tooLarge");
        }
        String type = AllowedTypes.detect(content, name);
        if (type == null) {
            throw new AttachmentRejectedException(name, "attachment.typeNotAllowed");
        }
        switch (ZipContainers.check(content, type)) {
            case TOO_BIG -> throw new AttachmentRejectedException(name, "attachment.zipBomb");
            case NOT_THIS_TYPE -> throw new AttachmentRejectedException(name, "attachment.containerMismatch");
            case FINE -> {
                // an Office document whose parts are those of its type, small once inflated; or not a container
            }
        }
        return new CheckedUpload(SafeFileName.of(name, AllowedTypes.EXTENSIONS.get(type)), type, sha256(content),
                content);
    }

    private Attachment store(CurrentUser user, Long requestId, CheckedUpload upload) {
        NewAttachment row = new NewAttachment();
        row.requestId = requestId;
        row.filename = upload.filename();
        row.contentType = upload.contentType();
        row.sizeBytes = upload.content().length;
        row.sha256 = upload.sha256();
        row.content = upload.content();
        row.uploadedBy = user.username();
        row.uploadedAt = clock.instant();
        mapper.insert(row);
        events.publishEvent(new DocumentAdded(requestId, row.id));
        return new Attachment(row.id, requestId, row.filename, row.contentType, row.sizeBytes, row.sha256,
                row.uploadedBy, row.uploadedAt);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
