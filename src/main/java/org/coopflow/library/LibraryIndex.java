package org.coopflow.library;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.coopflow.attachment.Attachment;
import org.coopflow.attachment.Attachments;
import org.coopflow.consultation.ConsultationOutcome;
import org.coopflow.consultation.ConsultationPlan;
import org.coopflow.consultation.Consultations;
import org.coopflow.followup.CooperationEvaluation;
import org.coopflow.followup.FollowUpReport;
import org.coopflow.followup.FollowUps;
import org.coopflow.request.CooperationRequest;
import org.coopflow.request.RequestAgency;
import org.coopflow.request.RequestLifecycle;
import org.coopflow.search.SearchText;
import org.coopflow.shared.GeneratedId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the library: each stage record that is knowledge (an outcome, a follow-up report, the lessons learned, a
 * document) becomes an entry with the facets of its request, in the transaction that wrote the record, read through
 * the stage's own service. Requests the library has not looked at under its current rules (made before it existed)
 * are rebuilt from their records in the background. A request's row is locked while its entries are written, so the
 * live listeners and a rebuild on another node never write the same entry twice.
 */
@Service
class LibraryIndex {

    private static final Logger log = LoggerFactory.getLogger(LibraryIndex.class);

    static final int RULES = Library.INDEX_RULES;

    /** Rows per INSERT: a long report makes a few thousand terms. */
    private static final int TERMS_PER_STATEMENT = 500;
    private static final int EXCERPT_LENGTH = 300;

    /** What an entry keeps of its record: when, and the text its terms and excerpt are made of. */
    private record Source(EntryKind kind, Long id, Instant recordedAt, String text) {
    }

    /** Who marked an entry shareable, kept across a rebuild. */
    private record Shared(String by, Instant at) {
    }

    private final LibraryMapper mapper;
    private final RequestLifecycle requests;
    private final Consultations consultations;
    private final FollowUps followUps;
    private final Attachments attachments;
    private final TransactionTemplate transaction;
    private final Clock clock;

    LibraryIndex(LibraryMapper mapper, RequestLifecycle requests, Consultations consultations, FollowUps followUps,
                 Attachments attachments, PlatformTransactionManager transactionManager, Clock clock) {
        this.mapper = mapper;
        this.requests = requests;
        this.consultations = consultations;
        this.followUps = followUps;
        this.attachments = attachments;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** A new request has no records yet: the library has seen all of it, under the current rules. */
    @Transactional
    public void submitted(Long requestId) {
        CooperationRequest request = requests.find(requestId);
        if (request != null) {
            mapper.insertNewLibraryRequest(requestId, RULES, request.sectorCode(), request.countryCode(),
                    clock.instant());
        }
    }

    @Transactional
    public void outcomeRecorded(Long requestId, Long outcomeId) {
        ConsultationOutcome outcome = consultations.outcome(outcomeId);
        if (outcome != null) {
            add(requestId, outcome(outcome));
        }
    }

    @Transactional
    public void reported(Long requestId, Long reportId) {
        FollowUpReport report = followUps.report(reportId);
        if (report != null) {
            add(requestId, report(report));
        }
    }

    /** The lessons of the latest evaluation replace those of an evaluation the manager returned. */
    @Transactional
    public void evaluated(Long requestId, Long evaluationId) {
        CooperationEvaluation evaluation = followUps.evaluation(evaluationId);
        if (evaluation == null) {
            return;
        }
        CooperationRequest request = locked(requestId);
        if (request == null) {
            return;
        }
        Map<String, Shared> shared = remove(mapper.findEntriesOfRequest(requestId, EntryKind.LESSONS));
        Source lessons = lessons(evaluation);
        if (lessons != null) {
            write(request, lessons, shared);
        }
    }

    @Transactional
    public void documentAdded(Long requestId, Long attachmentId) {
        attachments.find(requestId, attachmentId).ifPresent(document -> add(requestId, document(document)));
    }

    /** The request's agencies changed (routing at submission or intake's override): its entries follow. */
    @Transactional
    public void routed(Long requestId) {
        locked(requestId);
        List<LibraryEntry> entries = mapper.findEntriesOfRequest(requestId, null);
        if (entries.isEmpty()) {
            return;
        }
        mapper.deleteAgenciesOfRequest(requestId);
        List<String> agencies = agencies(requestId);
        if (!agencies.isEmpty()) {
            entries.forEach(e -> mapper.insertAgencies(e.id(), agencies));
        }
    }

    /** A consultation plan names the modality the cooperation takes: its entries are filed under it. */
    @Transactional
    public void planned(Long requestId, Long planId) {
        ConsultationPlan plan = consultations.plan(planId);
        if (plan != null) {
            locked(requestId);
            mapper.updateModality(requestId, plan.modality());
        }
    }

    /**
     * Rebuilds a request's entries from its records, unless the library has it under the current rules; entries
     * marked shareable stay so. One transaction.
     *
     * @return whether it was rebuilt now
     */
    public boolean rebuildIfStale(Long requestId) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            CooperationRequest request = locked(requestId);
            LibraryMapper.LibraryRequest known = mapper.findLibraryRequest(requestId);
            if (request == null || known != null && known.rules() == RULES) {
                return false;
            }
            Map<String, Shared> shared = remove(mapper.findEntriesOfRequest(requestId, null));
            mapper.deleteRequestTerms(requestId);
            if (known == null) {
                mapper.insertLibraryRequest(requestId, 0, request.sectorCode(), request.countryCode(), clock.instant());
            } else {
                mapper.updateLibraryRequest(requestId, 0, null, clock.instant());
            }
            List<Source> sources = new ArrayList<>();
            consultations.outcomes(requestId).forEach(o -> sources.add(outcome(o)));
            followUps.reports(requestId).forEach(r -> sources.add(report(r)));
            List<CooperationEvaluation> evaluations = followUps.evaluations(requestId);
            if (!evaluations.isEmpty()) {
                sources.add(lessons(evaluations.get(evaluations.size() - 1)));
            }
            attachments.ofRequest(requestId).forEach(a -> sources.add(document(a)));
            sources.stream().filter(Objects::nonNull).forEach(source -> write(request, source, shared));
            LibraryMapper.LibraryRequest now = mapper.findLibraryRequest(requestId);
            mapper.updateLibraryRequest(requestId, RULES, now.lastEntryAt(), clock.instant());
            return true;
        }));
    }

    /**
     * Rebuilds every request the library has not looked at under the current rules, oldest first, one transaction
     * each; a request that fails is logged and skipped (it is tried again at the next start).
     *
     * @return how many were rebuilt
     */
    public int rebuildStale() {
        int rebuilt = 0;
        long after = 0;
        List<Long> batch;
        do {
            batch = mapper.findUnvisited(RULES, after, 500);
            for (Long id : batch) {
                try {
                    rebuilt += rebuildIfStale(id) ? 1 : 0;
                } catch (RuntimeException e) {
                    log.warn("Could not add request {} to the library: {}", id, e.toString());
                }
                after = id;
            }
        } while (!batch.isEmpty());
        return rebuilt;
    }

    // ---------------------------------------------------------------- writing one entry

    private void add(Long requestId, Source source) {
        CooperationRequest request = locked(requestId);
        if (request != null && mapper.findEntryId(source.kind(), source.id()) == null) {
            write(request, source, Map.of());
        }
    }

    private void write(CooperationRequest request, Source source, Map<String, Shared> sharedBefore) {
        Shared shared = sharedBefore.get(key(source.kind(), source.id()));
        GeneratedId row = new GeneratedId();
        String modality = consultations.latestPlan(request.id()).map(ConsultationPlan::modality)
                .orElse(request.modality());
        mapper.insertEntry(row, source.kind(), source.id(), request.id(), request.reference(), request.title(),
                request.partnerOrg(), request.countryCode(), request.sectorCode(), modality, source.recordedAt(),
                excerpt(source.text()), shared != null, shared == null ? null : shared.by(),
                shared == null ? null : shared.at());
        List<String> languages = Arrays.stream(request.languages().split(",")).map(String::strip)
                .filter(l -> !l.isEmpty()).distinct().toList();
        if (!languages.isEmpty()) {
            mapper.insertLanguages(row.getId(), languages);
        }
        List<String> agencies = agencies(request.id());
        if (!agencies.isEmpty()) {
            mapper.insertAgencies(row.getId(), agencies);
        }
        Set<String> terms = SearchText.terms(Objects.toString(request.reference(), ""), request.title(),
                source.text());
        inChunks(terms, chunk -> mapper.insertTerms(row.getId(), chunk));
        becamePastRequest(request, source.recordedAt());
    }

    /** The request has knowledge now: suggestions may name it, by the words of its title and description. */
    private void becamePastRequest(CooperationRequest request, Instant recordedAt) {
        LibraryMapper.LibraryRequest known = mapper.findLibraryRequest(request.id());
        if (known == null) {
            // a request from before the library: its other records are added by the background rebuild
            mapper.insertLibraryRequest(request.id(), 0, request.sectorCode(), request.countryCode(), clock.instant());
            known = new LibraryMapper.LibraryRequest(request.id(), 0, null);
        }
        if (known.lastEntryAt() == null) {
            inChunks(SearchText.terms(request.title(), request.description()),
                    chunk -> mapper.insertRequestTerms(request.id(), chunk));
        }
        Instant last = known.lastEntryAt() == null || recordedAt.isAfter(known.lastEntryAt()) ? recordedAt
                : known.lastEntryAt();
        mapper.updateLibraryRequest(request.id(), known.rules(), last, clock.instant());
    }

    /** Removes entries (a request's lessons being replaced, or all of them for a rebuild); who shared what stays. */
    private Map<String, Shared> remove(List<LibraryEntry> entries) {
        Map<String, Shared> shared = new HashMap<>();
        if (entries.isEmpty()) {
            return shared;
        }
        entries.stream().filter(LibraryEntry::shareable).forEach(e -> shared.put(key(e.kind(), e.sourceId()),
                new Shared(e.sharedBy(), e.sharedAt())));
        List<Long> ids = entries.stream().map(LibraryEntry::id).toList();
        mapper.deleteEntryTerms(ids);
        mapper.deleteEntryLanguages(ids);
        mapper.deleteEntryAgencies(ids);
        mapper.deleteEntries(ids);
        return shared;
    }

    private CooperationRequest locked(Long requestId) {
        return mapper.lockRequest(requestId) == null ? null : requests.find(requestId);
    }

    private List<String> agencies(Long requestId) {
        return requests.agencies(requestId).stream().map(RequestAgency::agencyCode).distinct().toList();
    }

    // ---------------------------------------------------------------- the records as sources

    private static Source outcome(ConsultationOutcome o) {
        String questions = o.questionsAnswered() == null ? "" : "\n" + o.questionsAnswered();
        return new Source(EntryKind.OUTCOME, o.id(), o.recordedAt(), o.report() + questions);
    }

    private static Source report(FollowUpReport r) {
        return new Source(EntryKind.FOLLOW_UP_REPORT, r.id(), r.reportedAt(), r.report());
    }

    /** Null when the evaluation has no lessons learned. */
    private static Source lessons(CooperationEvaluation e) {
        return e.lessonsLearned() == null || e.lessonsLearned().isBlank() ? null
                : new Source(EntryKind.LESSONS, e.id(), e.evaluatedAt(), e.lessonsLearned());
    }

    private static Source document(Attachment a) {
        return new Source(EntryKind.DOCUMENT, a.id(), a.uploadedAt(), a.filename());
    }

    static String excerpt(String text) {
        String flat = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        if (flat.codePointCount(0, flat.length()) <= EXCERPT_LENGTH) {
            return flat;
        }
        int end = flat.offsetByCodePoints(0, EXCERPT_LENGTH);
        int space = flat.lastIndexOf(' ', end);
        return flat.substring(0, space > EXCERPT_LENGTH / 2 ? space : end) + " …";
    }

    private static String key(EntryKind kind, Long sourceId) {
        return kind + ":" + sourceId;
    }

    private static void inChunks(Collection<String> terms, java.util.function.Consumer<List<String>> insert) {
        List<String> all = new ArrayList<>(terms);
        for (int from = 0; from < all.size(); from += TERMS_PER_STATEMENT) {
            insert.accept(all.subList(from, Math.min(all.size(), from + TERMS_PER_STATEMENT)));
        }
    }
}
