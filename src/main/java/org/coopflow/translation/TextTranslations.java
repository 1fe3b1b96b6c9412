package org.coopflow.translation;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.coopflow.request.CooperationRequest;
import org.coopflow.request.MessageHeld;
import org.coopflow.request.MessagePosted;
import org.coopflow.request.PartnerLanguage;
import org.coopflow.request.RequestClosed;
import org.coopflow.request.RequestLifecycle;
import org.coopflow.request.RequestMessage;
import org.coopflow.request.RequestProcess;
import org.coopflow.request.RequestService;
import org.coopflow.screening.Clarification;
import org.coopflow.screening.ClarificationAnswered;
import org.coopflow.screening.Screenings;
import org.coopflow.shared.ConflictException;
import org.coopflow.shared.InvalidInputException;
import org.coopflow.translation.TextTranslation.Direction;
import org.coopflow.translation.TextTranslation.Subject;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Messages and clarification answers through the translation desk (bpmn/messageTranslation.bpmn), in the transaction
 * of what was written:
 * <ul>
 * <li>an official's message held for the partner ({@link MessageHeld}) is translated into the partner's language, and
 * only then sent — with the verified text, which is what the partner reads;</li>
 * <li>a partner's message or clarification answer written in neither Korean nor English is shown to officials at once
 * as written, and the desk's verified Korean and English versions beside it once there.</li>
 * </ul>
 */
@Service
public class TextTranslations {

    private final TextTranslationMapper mapper;
    private final RequestLifecycle lifecycle;
    private final RequestService requests;
    private final Screenings screenings;
    private final RuntimeService runtime;
    private final List<MachineTranslator> machines;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TextTranslations(TextTranslationMapper mapper, RequestLifecycle lifecycle, RequestService requests,
                     Screenings screenings, RuntimeService runtime, List<MachineTranslator> machines,
                     ApplicationEventPublisher events, Clock clock) {
        this.mapper = mapper;
        this.lifecycle = lifecycle;
        this.requests = requests;
        this.screenings = screenings;
        this.runtime = runtime;
        this.machines = machines;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void onMessageHeld(MessageHeld event) {
        RequestMessage message = requests.message(event.messageId());
        CooperationRequest request = lifecycle.find(event.requestId());
        String source = TextLanguage.of(message.body());
        send(request, Subject.MESSAGE, message.id(), Direction.TO_PARTNER,
                TranslationProcess.OFFICIAL_LANGUAGES.contains(source) ? source : "en",
                PartnerLanguage.of(request), message.body(), message.author());
    }

    /**
     * The request ended while an official's message waited at the desk: it is never sent (a closed request's
     * conversation is over) and the desk's step goes away; a partner's text may still be translated for the record.
     */
    @EventListener
    void onRequestClosed(RequestClosed closed) {
        for (TextTranslation t : mapper.findOfRequest(closed.requestId(), Subject.MESSAGE)) {
            if (t.direction() == Direction.TO_PARTNER && !t.verified() && requests.withhold(t.subjectId())) {
                runtime.createProcessInstanceQuery().processDefinitionKey(TranslationProcess.PROCESS_TEXT)
                        .variableValueEquals(TranslationProcess.VAR_TEXT_TRANSLATION_ID, t.id()).list()
                        .forEach(instance -> runtime.deleteProcessInstance(instance.getId(),
                                "The request ended before the message was sent", false));
            }
        }
    }

    /** A partner's message in another language: officials get the desk's Korean and English versions beside it. */
    @EventListener
    void onMessagePosted(MessagePosted event) {
        RequestMessage message = requests.message(event.messageId());
        CooperationRequest request = lifecycle.find(event.requestId());
        if (request.partnerOrg().equals(message.authorOrg())) {
            toOfficialsIfNeeded(request, Subject.MESSAGE, message.id(), message.body(), message.author());
        }
    }

    @EventListener
    void onClarificationAnswered(ClarificationAnswered event) {
        Clarification answered = screenings.clarification(event.clarificationId());
        toOfficialsIfNeeded(lifecycle.find(event.requestId()), Subject.CLARIFICATION_ANSWER, answered.id(),
                answered.answer(), answered.answeredBy());
    }

    private void toOfficialsIfNeeded(CooperationRequest request, Subject subject, Long subjectId, String text,
                                     String writer) {
        String language = TextLanguage.of(text);
        if (!TranslationProcess.OFFICIAL_LANGUAGES.contains(language)) {
            send(request, subject, subjectId, Direction.TO_OFFICIALS, language, "ko", text, writer);
        }
    }

    /** The row (with a machine draft when a provider makes one) and the desk's step, once per text. */
    private void send(CooperationRequest request, Subject subject, Long subjectId, Direction direction, String source,
                      String target, String text, String writer) {
        if (mapper.findBySubject(subject, subjectId) != null) {
            return;
        }
        NewTextTranslation row = new NewTextTranslation();
        row.requestId = request.id();
        row.subject = subject;
        row.subjectId = subjectId;
        row.direction = direction;
        row.sourceLanguage = source;
        row.targetLanguage = target;
        row.requestedBy = writer;
        row.requestedAt = clock.instant();
        // a machine draft only pre-fills the desk's form, and only when the provider translates every text asked
        if (direction == Direction.TO_PARTNER) {
            draft(text, source, target).ifPresent(d -> {
                row.textPartner = d.text();
                row.draftProvider = d.provider();
            });
        } else {
            Optional<Draft> ko = draft(text, source, "ko");
            Optional<Draft> en = draft(text, source, "en");
            if (ko.isPresent() && en.isPresent()) {
                row.textKo = ko.get().text();
                row.textEn = en.get().text();
                row.draftProvider = ko.get().provider();
            }
        }
        mapper.insert(row);
        Map<String, Object> variables = new HashMap<>();
        variables.put(RequestProcess.VAR_REQUEST_ID, request.id());
        variables.put(RequestProcess.VAR_REFERENCE, request.reference());
        variables.put(RequestProcess.VAR_URGENT, request.urgent());
        variables.put(RequestProcess.VAR_PARTNER_GROUP, RequestProcess.partnerGroup(request.partnerOrg()));
        variables.put(TranslationProcess.VAR_TEXT_TRANSLATION_ID, row.id);
        variables.put(TranslationProcess.VAR_DIRECTION, direction.name());
        runtime.createProcessInstanceByKey(TranslationProcess.PROCESS_TEXT).businessKey(request.reference())
                .setVariables(variables).execute();
        events.publishEvent(new TextTranslationRequested(request.id(), row.id));
    }

    private record Draft(String provider, String text) {
    }

    /** The first provider that translates the text; none configured (the default) leaves the desk's form empty. */
    private Optional<Draft> draft(String text, String source, String target) {
        for (MachineTranslator machine : machines) {
            Optional<String> translated = machine.translate(text, source, target);
            if (translated.isPresent()) {
                return Optional.of(new Draft(machine.name(), translated.get()));
            }
        }
        return Optional.empty();
    }

    /**
     * The desk's verified text: into the partner's language for {@link Direction#TO_PARTNER}, Korean and English for
     * {@link Direction#TO_OFFICIALS}; a missing one is refused at its field and nothing is stored.
     */
    void verify(Long translationId, String textPartner, String textKo, String textEn, String verifiedBy) {
        TextTranslation t = find(translationId);
        Map<String, String> missing = new HashMap<>();
        if (t.direction() == Direction.TO_PARTNER && blank(textPartner)) {
            missing.put(TranslationProcess.VAR_TEXT_PARTNER, "form.required");
        }
        if (t.direction() == Direction.TO_OFFICIALS) {
            if (blank(textKo)) {
                missing.put(TranslationProcess.VAR_TEXT_KO, "form.required");
            }
            if (blank(textEn)) {
                missing.put(TranslationProcess.VAR_TEXT_EN, "form.required");
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        boolean toPartner = t.direction() == Direction.TO_PARTNER;
        if (mapper.verify(translationId, toPartner ? textPartner.strip() : null, toPartner ? null : textKo.strip(),
                toPartner ? null : textEn.strip(), verifiedBy, clock.instant()) != 1) {
            throw new ConflictException("translation.notRequested");
        }
        events.publishEvent(new TextTranslated(t.requestId(), translationId));
    }

    /** A held message goes out with its verified translation: inbox and mail fire now. */
    void sendTranslatedMessage(Long translationId) {
        TextTranslation t = find(translationId);
        if (t.subject() == Subject.MESSAGE && t.direction() == Direction.TO_PARTNER && t.verified()) {
            requests.release(t.subjectId());
        }
    }

    public TextTranslation find(Long translationId) {
        return Optional.ofNullable(mapper.find(translationId))
                .orElseThrow(() -> new ConflictException("translation.notRequested"));
    }

    public Optional<TextTranslation> ofAnswer(Long clarificationId) {
        return Optional.ofNullable(mapper.findBySubject(Subject.CLARIFICATION_ANSWER, clarificationId));
    }

    public Optional<TextTranslation> ofMessage(Long messageId) {
        return Optional.ofNullable(mapper.findBySubject(Subject.MESSAGE, messageId));
    }

    /** The translations of a request's messages (or answers), by message (or clarification) id. */
    public Map<Long, TextTranslation> ofRequest(Long requestId, Subject subject) {
        return mapper.findOfRequest(requestId, subject).stream()
                .collect(Collectors.toMap(TextTranslation::subjectId, Function.identity()));
    }

    /** The text the original was: the message's body or the clarification's answer (for the desk's page). */
    public String original(TextTranslation t) {
        return t.subject() == Subject.MESSAGE ? requests.message(t.subjectId()).body()
                : screenings.clarification(t.subjectId()).answer();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
