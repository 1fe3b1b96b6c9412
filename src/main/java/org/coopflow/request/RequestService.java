package org.coopflow.request;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.coopflow.identity.CurrentUser;
import org.coopflow.identity.Role;
import org.coopflow.reference.OfferedChoices;
import org.coopflow.reference.Organisation;
import org.coopflow.reference.ReferenceData;
import org.coopflow.search.RequestSearchIndex;
import org.coopflow.shared.ConflictException;
import org.coopflow.shared.ForbiddenException;
import org.coopflow.shared.InvalidInputException;
import org.coopflow.shared.NotFoundException;
import org.coopflow.shared.Page;
import org.coopflow.shared.UnprocessableException;
import org.coopflow.system.EngineIdentity;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cooperation requests: submission (idempotent), reading within the caller's scope, messages, withdrawal.
 * The request row and the process instance are created in one transaction; what happens is published as events
 * (the audit trail, read models and e-mails listen).
 */
@Service
public class RequestService {

    /** The outcome of a submission; {@code created} is false when the idempotency key was seen before. */
    public record Submission(CooperationRequest request, boolean created) {
    }

    private final RequestMapper mapper;
    private final RuntimeService runtime;
    private final EngineIdentity engineIdentity;
    private final ReferenceData reference;
    private final ReferenceNumbers references;
    private final ApplicationEventPublisher events;
    private final RequestSearchIndex searchIndex;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RequestService(RequestMapper mapper, RuntimeService runtime, EngineIdentity engineIdentity,
                   ReferenceData reference, ReferenceNumbers references, ApplicationEventPublisher events,
                   RequestSearchIndex searchIndex, PlatformTransactionManager transactionManager, Clock clock) {
        this.mapper = mapper;
        this.runtime = runtime;
        this.engineIdentity = engineIdentity;
        this.reference = reference;
        this.references = references;
        this.events = events;
        this.searchIndex = searchIndex;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Submits a request once per idempotency key: a retried or concurrent submission with the same key
     * returns the request the first one made (the unique key decides the race).
     *
     * @throws UnprocessableException when the key was used before for a different submission
     */
    public Submission submit(CurrentUser user, SubmitRequest command, String idempotencyKey, Locale locale) {
        if (!user.isPartner()) {
            throw new ForbiddenException("request.submit.partnersOnly");
        }
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 100) {
            throw new InvalidInputException("Idempotency-Key", "request.idempotencyKey.invalid");
        }
        // the partner and every chosen code in one read, not one per code
        OfferedChoices choices = reference.offeredChoices(user.organisationCode(), command.sector(),
                command.modality(), command.languages());
        Organisation partner = choices.partner();
        if (partner == null || !partner.active()) {
            // deactivated by an ADMIN: its requests in flight go on, new ones are not taken
            throw new ForbiddenException("request.submit.partnerInactive");
        }
        validate(command, choices);
        String hash = SubmissionHash.of(command);
        // reserved before the transaction, so concurrent submissions do not queue for each other's process start
        ReferenceNumbers.Reservation number = references.reserve();
        try {
            return new Submission(transaction.execute(
                    status -> create(user, partner, command, idempotencyKey, hash, locale, number)), true);
        } catch (DuplicateKeyException repeated) {
            // The key is not looked up first: the unique key answers a repeat (or a race) at the request's insert,
            // and a repeat, which is rare, costs only a reference number reserved and given back.
            references.release(number);
            CooperationRequest existing = mapper.findByIdempotencyKey(user.organisationCode(), idempotencyKey);
            if (existing == null) {
                throw repeated;
            }
            return replay(existing, hash);
        } catch (RuntimeException | Error failed) {
            references.release(number); // rolled back: the next submission takes this number
            throw failed;
        }
    }

    /** The request a key already made, if this is the same submission again (no hash: made before hashes). */
    private static Submission replay(CooperationRequest existing, String hash) {
        if (existing.submissionSha256() != null && !existing.submissionSha256().equals(hash)) {
            throw new UnprocessableException("request.idempotencyKey.reused", existing.reference());
        }
        return new Submission(existing, false);
    }

    public RequestDetails get(CurrentUser user, Long id) {
        return details(visible(user, id));
    }

    /** The request if this user may see it; 404 otherwise (existence is not revealed). */
    public CooperationRequest visible(CurrentUser user, Long id) {
        CooperationRequest request = id == null ? null : mapper.findVisible(id, RequestScope.of(user));
        if (request == null) {
            throw new NotFoundException("request.notFound");
        }
        return request;
    }

    public Page<RequestSummary> list(CurrentUser user, RequestFilter filter, int page, int size) {
        RequestScope scope = RequestScope.of(user);
        RequestFilter f = filter.keywords() == null ? filter : filter.withKeywords(searchIndex.expand(filter.keywords()));
        List<RequestSummary> rows = mapper.findPage(scope, f, page * size, size + 1).stream()
                .map(RequestSummary::of).toList();
        return Page.counted(rows, page, size, mapper.countUpTo(scope, f, Page.COUNT_UP_TO));
    }

    public List<RequestAgency> agenciesOf(Long requestId) {
        return mapper.findAgencies(requestId);
    }

    /** The conversation as this reader may see it: a partner never sees a message still at the translation desk. */
    public List<RequestMessage> messages(CurrentUser user, Long id) {
        return mapper.findMessages(visible(user, id).id(), user.isPartner());
    }

    /**
     * Appends a message to the request's conversation: its partner and the officials of the agencies involved write;
     * managers read (PROCESS.md: read-only except approvals). The process is undisturbed; the people working on the
     * request are told through their inbox (and e-mail, as each chose).
     */
    public RequestMessage postMessage(CurrentUser user, Long id, String text) {
        return postMessage(user, id, text, false);
    }

    /**
     * An official's message to a partner that reads neither Korean nor English — or any official's message when asked
     * to ({@code translate}, for a partner whose own language is another) — goes to the translation desk first
     * ({@link MessageHeld}) and is sent to everyone once translated ({@link #release}); partners' messages go at once.
     */
    public RequestMessage postMessage(CurrentUser user, Long id, String text, boolean translate) {
        CooperationRequest request = visible(user, id);
        if (!mayWrite(user, request)) {
            throw new ForbiddenException("request.message.notInvolved");
        }
        if (request.status().isClosed()) {
            throw new ConflictException("request.closed");
        }
        String body = requireText(text, "text", 10_000);
        boolean official = !user.isPartner();
        if (official && translate && PartnerLanguage.of(request) == null) {
            throw new InvalidInputException("translate", "request.message.noPartnerLanguage");
        }
        boolean held = official && (translate || PartnerLanguage.needsTranslation(request));
        return transaction.execute(status -> {
            NewMessage message = new NewMessage();
            message.requestId = request.id();
            message.author = user.username();
            message.authorOrg = user.organisationCode();
            message.body = body;
            message.createdAt = clock.instant();
            message.status = held ? MessageStatus.AT_DESK : MessageStatus.SENT;
            mapper.insertMessage(message);
            events.publishEvent(held ? new MessageHeld(request.id(), message.id)
                    : new MessagePosted(request.id(), message.id));
            return mapper.findMessage(message.id);
        });
    }

    /** The request's partner, or an official of an agency it involves (intake while it is screened). */
    public boolean mayWrite(CurrentUser user, CooperationRequest request) {
        if (user.isPartner()) {
            return request.partnerOrg().equals(user.organisationCode());
        }
        if (user.has(Role.INTAKE) && RequestScope.IN_SCREENING.contains(request.status())) {
            return true;
        }
        return user.roles().stream().anyMatch(r -> r == Role.COORDINATOR || r == Role.EXPERT || r == Role.LEGAL)
                && mapper.findAgencies(request.id()).stream()
                .anyMatch(a -> a.agencyCode().equals(user.organisationCode()));
    }

    public RequestMessage message(Long messageId) {
        return mapper.findMessage(messageId);
    }

    /**
     * The translation desk verified a held message's translation: it is sent now, to everyone at once (inbox and mail
     * fire here, not before). Idempotent: a message already sent is not announced twice.
     */
    /** A held message whose request ended before the desk sent it: it stays unsent (nobody is told). */
    public boolean withhold(Long messageId) {
        return mapper.withholdMessage(messageId) > 0;
    }

    public boolean release(Long messageId) {
        RequestMessage message = mapper.findMessage(messageId);
        if (message == null || mapper.releaseMessage(messageId) == 0) {
            return false;
        }
        events.publishEvent(new MessagePosted(message.requestId(), messageId));
        return true;
    }

    /** Withdraws the request: the process ends as WITHDRAWN, open tasks are cancelled, people notified. */
    public void withdraw(CurrentUser user, Long id, String reason) {
        CooperationRequest request = visible(user, id);
        requireOwnPartner(user, request);
        String why = requireText(reason, "reason", 2_000);
        if (request.status().isClosed()) {
            throw new ConflictException("request.closed");
        }
        transaction.executeWithoutResult(status -> {
            mapper.close(request.id(), request.status(), why, clock.instant());
            events.publishEvent(new WithdrawalRequested(request.id(), user.username()));
            try {
                correlate(request, RequestProcess.MESSAGE_WITHDRAWN, user);
            } catch (MismatchingMessageCorrelationException e) {
                throw new ConflictException("request.closed");
            }
        });
    }

    private CooperationRequest create(CurrentUser user, Organisation partner, SubmitRequest command, String key,
                                      String hash, Locale locale, ReferenceNumbers.Reservation number) {
        Instant now = clock.instant();
        NewRequest row = new NewRequest();
        row.partnerOrg = partner.code();
        row.countryCode = partner.countryCode();
        row.sectorCode = command.sector();
        row.title = command.title().strip();
        row.description = command.description().strip();
        row.modality = command.modality();
        row.urgent = command.urgent();
        row.languages = String.join(",", command.languages());
        row.preferredStart = command.preferredStart();
        row.preferredEnd = command.preferredEnd();
        row.contactName = command.contactName().strip();
        row.contactEmail = command.contactEmail().strip();
        row.idempotencyKey = key;
        row.submissionSha256 = hash;
        row.createdBy = user.username();
        row.createdAt = now;
        row.contactLocale = locale.toLanguageTag();
        String ref = references.take(number);
        row.reference = ref;
        mapper.insert(row);
        searchIndex.indexNew(row.id, row.createdAt, ref, row.title, row.description);
        events.publishEvent(new RequestSubmitted(row.id));

        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(RequestProcess.VAR_REQUEST_ID, row.id);
        variables.put(RequestProcess.VAR_REFERENCE, ref);
        variables.put(RequestProcess.VAR_SECTOR, row.sectorCode);
        variables.put(RequestProcess.VAR_URGENT, row.urgent);
        variables.put(RequestProcess.VAR_PARTNER_GROUP, RequestProcess.partnerGroup(partner.code()));
        ProcessInstance instance = engineIdentity.as(user, () -> runtime
                .createProcessInstanceByKey(RequestProcess.PROCESS_KEY)
                .businessKey(ref)
                .setVariables(variables)
                .execute());
        mapper.linkProcess(row.id, instance.getId());
        return mapper.findById(row.id);
    }

    private void validate(SubmitRequest command, OfferedChoices choices) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!choices.sectorOffered()) {
            errors.put("sector", "request.sector.unknown");
        }
        if (!choices.modalityOffered()) {
            errors.put("modality", "request.modality.unknown");
        }
        if (command.languages() != null && !choices.languagesOffered()) {
            errors.put("languages", "request.languages.unknown");
        }
        if (command.preferredStart() != null && command.preferredEnd() != null
                && command.preferredEnd().isBefore(command.preferredStart())) {
            errors.put("preferredEnd", "request.preferredEnd.beforeStart");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private RequestDetails details(CooperationRequest r) {
        List<RequestAgency> agencies = mapper.findAgencies(r.id());
        String lead = agencies.stream().filter(RequestAgency::lead).map(RequestAgency::agencyCode).findFirst()
                .orElse(null);
        List<String> supporting = agencies.stream().filter(a -> !a.lead()).map(RequestAgency::agencyCode).toList();
        return new RequestDetails(r.id(), r.reference(), r.partnerOrg(), r.countryCode(), r.sectorCode(), r.title(),
                r.description(), r.modality(), r.urgent(), Arrays.asList(r.languages().split(",")),
                r.preferredStart(), r.preferredEnd(), r.contactName(), r.contactEmail(), r.status(),
                r.status().name(), lead, supporting, r.closingReason(), r.createdAt(), r.updatedAt());
    }

    /**
     * By business key (the reference), not instance id: the clarification waits in the screening call
     * activity's own instance, which carries the same business key as the main one.
     */
    private void correlate(CooperationRequest request, String message, CurrentUser user) {
        engineIdentity.run(user, () -> runtime.createMessageCorrelation(message)
                .processInstanceBusinessKey(request.reference())
                .correlateWithResult());
    }

    /** Only the request's own partner organisation. */
    public static void requireOwnPartner(CurrentUser user, CooperationRequest request) {
        if (!user.isPartner() || !request.partnerOrg().equals(user.organisationCode())) {
            throw new ForbiddenException("request.partnerOnly");
        }
    }

    /** Trimmed text of at most {@code max} characters; a localized field error otherwise. */
    public static String requireText(String text, String field, int max) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "form.required");
        }
        if (text.strip().length() > max) {
            throw new InvalidInputException(field, "form.tooLong");
        }
        return text.strip();
    }
}
