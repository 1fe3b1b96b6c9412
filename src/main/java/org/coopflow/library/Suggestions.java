package org.coopflow.library;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coopflow.identity.CurrentUser;
import org.coopflow.identity.Role;
import org.coopflow.request.CooperationRequest;
import org.coopflow.request.RequestLifecycle;
import org.coopflow.request.RequestScope;
import org.coopflow.request.RequestService;
import org.coopflow.request.RequestStatus;
import org.coopflow.shared.ConflictException;
import org.coopflow.shared.ForbiddenException;
import org.coopflow.shared.GeneratedId;
import org.coopflow.shared.InvalidInputException;
import org.coopflow.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Similar past requests and their outcomes, for intake screening a request and the lead coordinator planning its
 * consultation, each with why it is suggested; and the ones an official attached to a request.
 * <p>
 * Scoring is explainable and cheap. A past request (one with library entries) scores 3 for the same sector, 2 for
 * the same partner country, and 1 for each word of the request's title and description it has too; it is suggested
 * when it is of the same sector or shares at least two words. Only telling words count: not function words, and not
 * words found in more past requests than {@code coopflow.library.common-word-limit}. Two indexed queries do the
 * scoring: how many past requests have each word (each count stops at the limit), then the candidates — the past
 * requests with one of the rarest words plus the newest of the sector and of the country, grouped and ranked by the
 * database — filtered to those whose entries the reader may read.
 */
@Service
public class Suggestions {

    /** At most this many of a request's rarest words are looked up among the past requests. */
    static final int MAX_WORDS = 30;
    /** ... and together at most this many index entries of them are read. */
    static final int MAX_POSTINGS = 10_000;
    /** The newest past requests of the same sector, and of the same country, that are candidates too. */
    static final int NEWEST = 10;
    /** Candidates the database ranks, before the words in common are counted exactly. */
    static final int CANDIDATES = 20;
    private static final int SECTOR_POINTS = 3;
    private static final int COUNTRY_POINTS = 2;
    private static final int MAX_WORD_POINTS = 10;

    /**
     * A similar past request, why it is suggested, and its entries the reader may read.
     *
     * @param words   the words of the request at hand the past request has too, as written there
     * @param mayOpen whether the reader may open the past request's page
     */
    public record Suggestion(Long requestId, String reference, String title, String partnerOrg, String countryCode,
                             String sectorCode, RequestStatus status, boolean sameSector, boolean sameCountry,
                             List<String> words, int score, List<LibraryEntry> entries, boolean mayOpen,
                             boolean attached) {
    }

    /**
     * The outcome of attaching: the suggestion, the past request's reference, and whether it was attached now (not
     * already before).
     */
    public record Attaching(AttachedSuggestion suggestion, String reference, boolean attachedNow) {
    }

    private record Why(boolean sameSector, boolean sameCountry, List<String> words, int score) {
    }

    private final LibraryMapper mapper;
    private final LibrarySettings settings;
    private final RequestService requests;
    private final RequestLifecycle lifecycle;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Suggestions(LibraryMapper mapper, LibrarySettings settings, RequestService requests, RequestLifecycle lifecycle,
                ApplicationEventPublisher events, PlatformTransactionManager transactionManager, Clock clock) {
        this.mapper = mapper;
        this.settings = settings;
        this.requests = requests;
        this.lifecycle = lifecycle;
        this.events = events;
        this.transaction = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Similar past requests for a request the user may see (officials only), best first. */
    public List<Suggestion> forRequest(CurrentUser user, Long requestId) {
        CooperationRequest request = requests.visible(user, requestId);
        LibraryReader reader = officialReader(user);
        SimilarWords words = SimilarWords.of(request.title(), request.description());
        List<String> telling = telling(words);
        List<LibraryMapper.Candidate> candidates = mapper.findCandidates(request.id(), telling,
                request.sectorCode(), request.countryCode(), NEWEST, reader, reader.scope(), CANDIDATES);
        if (candidates.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<String>> shared = sharedTerms(candidates.stream().map(LibraryMapper.Candidate::requestId)
                .toList(), telling);
        Map<Long, Why> whys = new HashMap<>();
        List<LibraryMapper.Candidate> kept = new ArrayList<>();
        for (LibraryMapper.Candidate c : candidates) {
            Why why = why(request, c.sectorCode(), c.countryCode(),
                    words.wordsOf(shared.getOrDefault(c.requestId(), Set.of())));
            if (similar(why)) {
                whys.put(c.requestId(), why);
                kept.add(c);
            }
        }
        kept.sort(Comparator.comparingInt((LibraryMapper.Candidate c) -> whys.get(c.requestId()).score()).reversed()
                .thenComparing(LibraryMapper.Candidate::lastEntryAt, Comparator.reverseOrder()));
        List<LibraryMapper.Candidate> best = kept.subList(0, Math.min(settings.suggestions(), kept.size()));
        if (best.isEmpty()) {
            return List.of();
        }
        Map<Long, List<LibraryEntry>> entries = new HashMap<>();
        mapper.findReadableOfRequests(best.stream().map(LibraryMapper.Candidate::requestId).toList(), reader,
                reader.scope()).forEach(e -> entries.computeIfAbsent(e.requestId(), id -> new ArrayList<>()).add(e));
        Set<Long> attached = new HashSet<>();
        mapper.findSuggestions(request.id()).forEach(s -> attached.add(s.suggestedRequestId()));
        List<Suggestion> suggestions = new ArrayList<>();
        for (LibraryMapper.Candidate c : best) {
            CooperationRequest past = lifecycle.find(c.requestId());
            Why why = whys.get(c.requestId());
            suggestions.add(new Suggestion(past.id(), past.reference(), past.title(), past.partnerOrg(),
                    past.countryCode(), past.sectorCode(), past.status(), why.sameSector(), why.sameCountry(),
                    why.words(), why.score(), entries.getOrDefault(past.id(), List.of()), mayOpen(user, past.id()),
                    attached.contains(past.id())));
        }
        return suggestions;
    }

    /**
     * Intake while the request is being screened, and the coordinators of the lead agency (who plan the consultation)
     * while it is open.
     */
    public boolean mayAttach(CurrentUser user, CooperationRequest request) {
        if (request.status().isClosed() || user.isPartner()) {
            return false;
        }
        if (user.has(Role.INTAKE) && RequestScope.IN_SCREENING.contains(request.status())) {
            return true;
        }
        String lead = lifecycle.leadAgency(request.id());
        return user.has(Role.COORDINATOR) && lead != null && user.coordinatedAgencies().contains(lead);
    }

    /**
     * Attaches a similar past request the user may read in the library to a request the user may attach to, with
     * why it is similar now; attaching one again changes nothing.
     */
    public Attaching attach(CurrentUser user, Long requestId, Long suggestedRequestId) {
        CooperationRequest request = requests.visible(user, requestId);
        if (!mayAttach(user, request)) {
            if (request.status().isClosed()) {
                throw new ConflictException("request.closed");
            }
            throw new ForbiddenException("library.suggestion.forbidden");
        }
        if (suggestedRequestId == null || suggestedRequestId.equals(request.id())) {
            throw new InvalidInputException("suggested", "library.suggestion.invalid");
        }
        LibraryReader reader = officialReader(user);
        if (mapper.countSuggestible(suggestedRequestId, reader, reader.scope()) == 0) {
            throw new NotFoundException("library.suggestion.notFound");
        }
        CooperationRequest past = lifecycle.find(suggestedRequestId);
        AttachedSuggestion existing = mapper.findSuggestionOf(request.id(), suggestedRequestId);
        if (existing != null) {
            return new Attaching(existing, past.reference(), false);
        }
        SimilarWords words = SimilarWords.of(request.title(), request.description());
        List<String> telling = telling(words);
        Why why = why(request, past.sectorCode(), past.countryCode(),
                words.wordsOf(sharedTerms(List.of(past.id()), telling).getOrDefault(past.id(), Set.of())));
        if (!similar(why)) {
            throw new InvalidInputException("suggested", "library.suggestion.notSimilar");
        }
        try {
            return transaction.execute(status -> {
                GeneratedId row = new GeneratedId();
                mapper.insertSuggestion(row, request.id(), past.id(), why.sameSector(), why.sameCountry(),
                        joined(why.words()), user.username(), clock.instant());
                events.publishEvent(new SuggestionAttached(request.id(), row.getId()));
                return new Attaching(mapper.findSuggestion(row.getId()), past.reference(), true);
            });
        } catch (DuplicateKeyException attachedMeanwhile) {
            return new Attaching(mapper.findSuggestionOf(request.id(), suggestedRequestId), past.reference(), false);
        }
    }

    /** The past requests attached to a request, for the officials who may see it (nothing for partners). */
    public List<AttachedSuggestion> attached(CurrentUser user, Long requestId) {
        CooperationRequest request = requests.visible(user, requestId);
        return user.isPartner() ? List.of() : mapper.findSuggestions(request.id());
    }

    /** One attached suggestion (for the audit trail, which already knows its request). */
    public AttachedSuggestion attachedSuggestion(Long id) {
        return mapper.findSuggestion(id);
    }

    boolean mayOpen(CurrentUser user, Long requestId) {
        try {
            requests.visible(user, requestId);
            return true;
        } catch (NotFoundException notVisible) {
            return false;
        }
    }

    /**
     * The words worth looking for: found in at least one past request and in no more than the common-word limit,
     * the rarest first, as many as {@link #MAX_WORDS} and {@link #MAX_POSTINGS} allow.
     */
    private List<String> telling(SimilarWords words) {
        if (words.terms().isEmpty()) {
            return List.of();
        }
        int limit = settings.commonWordLimit();
        List<LibraryMapper.TermRequests> counts = new ArrayList<>(
                mapper.countRequestsWithTerms(words.terms(), limit + 1));
        counts.removeIf(c -> c.requests() > limit);
        counts.sort(Comparator.comparingInt(LibraryMapper.TermRequests::requests));
        List<String> telling = new ArrayList<>();
        long postings = 0;
        for (LibraryMapper.TermRequests c : counts) {
            if (telling.size() == MAX_WORDS || postings + c.requests() > MAX_POSTINGS) {
                break;
            }
            telling.add(c.term());
            postings += c.requests();
        }
        return telling;
    }

    private Map<Long, Set<String>> sharedTerms(List<Long> requestIds, List<String> telling) {
        Map<Long, Set<String>> shared = new HashMap<>();
        if (!telling.isEmpty() && !requestIds.isEmpty()) {
            mapper.findCandidateTerms(requestIds, telling).forEach(t ->
                    shared.computeIfAbsent(t.requestId(), id -> new HashSet<>()).add(t.term()));
        }
        return shared;
    }

    /** Suggested when of the same sector, or sharing at least two telling words. */
    private static boolean similar(Why why) {
        return why.sameSector() || why.words().size() >= 2;
    }

    private static Why why(CooperationRequest request, String sector, String country, List<String> words) {
        boolean sameSector = request.sectorCode().equals(sector);
        boolean sameCountry = request.countryCode().equals(country);
        int score = (sameSector ? SECTOR_POINTS : 0) + (sameCountry ? COUNTRY_POINTS : 0)
                + Math.min(words.size(), MAX_WORD_POINTS);
        return new Why(sameSector, sameCountry, words, score);
    }

    /** Suggestions are for the Korean side: a partner is refused, as is an account without a business role. */
    private static LibraryReader officialReader(CurrentUser user) {
        if (user.isPartner()) {
            throw new ForbiddenException("library.suggestion.forbidden");
        }
        return LibraryReader.of(user);
    }

    /** The words as stored (at most 500 characters: the first words that fit). */
    private static String joined(List<String> words) {
        StringBuilder joined = new StringBuilder();
        for (String word : words) {
            if (joined.length() + word.length() + 2 > 500) {
                break;
            }
            joined.append(joined.length() == 0 ? "" : ", ").append(word);
        }
        return joined.length() == 0 ? null : joined.toString();
    }
}
