package org.coopflow.translation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.coopflow.request.CooperationRequest;
import org.coopflow.request.RequestLifecycle;
import org.coopflow.shared.ConflictException;
import org.coopflow.shared.PageMemo;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The translation of requests: whether one needs the desk (its language), the machine draft when a provider is
 * configured, and the desk's verified Korean and English versions, kept beside the untouched original.
 */
@Service
public class Translations {

    private final TranslationMapper mapper;
    private final RequestLifecycle requests;
    private final List<MachineTranslator> machines;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Translations(TranslationMapper mapper, RequestLifecycle requests, List<MachineTranslator> machines,
                 ApplicationEventPublisher events, Clock clock) {
        this.mapper = mapper;
        this.requests = requests;
        this.machines = machines;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Sends a request written in neither Korean nor English to the desk (with a machine draft if a provider can make
     * one) and says whether it did. Idempotent: a request already sent is not sent twice.
     */
    @Transactional
    public boolean requestIfNeeded(Long requestId) {
        RequestTranslation sent = mapper.find(requestId);
        if (sent != null) {
            return !sent.verified();
        }
        CooperationRequest request = requests.find(requestId);
        String language = TextLanguage.of(request.title() + "\n" + request.description());
        if (TranslationProcess.OFFICIAL_LANGUAGES.contains(language)) {
            return false;
        }
        Draft draft = draft(request, language);
        mapper.insert(requestId, language, draft.provider(), draft.titleKo(), draft.titleEn(), draft.descriptionKo(),
                draft.descriptionEn(), clock.instant());
        events.publishEvent(new TranslationRequested(requestId));
        return true;
    }

    /** The desk's verified texts replace any draft; who verified them is kept (and audited). */
    @Transactional
    public void verify(Long requestId, String titleKo, String titleEn, String descriptionKo, String descriptionEn,
                       String verifiedBy) {
        if (mapper.verify(requestId, titleKo.strip(), titleEn.strip(), descriptionKo.strip(), descriptionEn.strip(),
                verifiedBy, clock.instant()) != 1) {
            throw new ConflictException("translation.notRequested");
        }
        events.publishEvent(new TranslationCompleted(requestId));
    }

    public Optional<RequestTranslation> of(Long requestId) {
        return Optional.ofNullable(PageMemo.get("request-translation", requestId, mapper::find));
    }

    /** The verified translation, if any: what officials read instead of the original. */
    public Optional<RequestTranslation> verified(Long requestId) {
        return of(requestId).filter(RequestTranslation::verified);
    }

    private record Draft(String provider, String titleKo, String titleEn, String descriptionKo, String descriptionEn) {
    }

    /** The first provider that translates all four texts; none configured (the default) leaves the form empty. */
    private Draft draft(CooperationRequest request, String language) {
        for (MachineTranslator machine : machines) {
            Optional<String> titleKo = machine.translate(request.title(), language, "ko");
            Optional<String> titleEn = machine.translate(request.title(), language, "en");
            Optional<String> descriptionKo = machine.translate(request.description(), language, "ko");
            Optional<String> descriptionEn = machine.translate(request.description(), language, "en");
            if (titleKo.isPresent() && titleEn.isPresent() && descriptionKo.isPresent() && descriptionEn.isPresent()) {
                return new Draft(machine.name(), titleKo.get(), titleEn.get(), descriptionKo.get(),
                        descriptionEn.get());
            }
        }
        return new Draft(null, null, null, null, null);
    }
}
