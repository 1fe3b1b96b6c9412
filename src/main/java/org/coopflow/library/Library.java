package org.coopflow.library;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.coopflow.attachment.Attachment;
import org.coopflow.attachment.AttachmentFile;
import org.coopflow.attachment.Attachments;
import org.coopflow.consultation.ConsultationOutcome;
import org.coopflow.consultation.Consultations;
import org.coopflow.followup.CooperationEvaluation;
import org.coopflow.followup.FollowUpReport;
import org.coopflow.followup.FollowUps;
import org.coopflow.identity.CurrentUser;
import org.coopflow.identity.Role;
import org.coopflow.request.RequestLifecycle;
import org.coopflow.request.RequestService;
import org.coopflow.search.SearchQuery;
import org.coopflow.search.SearchText;
import org.coopflow.shared.ForbiddenException;
import org.coopflow.shared.NotFoundException;
import org.coopflow.shared.Page;
import org.springframework.stereotype.Service;

/**
 * The library as its readers see it: a search by words and facets over the entries each reader may read
 * ({@link LibraryReader}), the facets counted over what was found, one entry with its record's text, a document's
 * download, and marking an entry shareable with every official.
 */
@Service
public class Library {

    /**
     * The library's rules: the keyword cutting rules and what becomes an entry. When they change, every request is
     * rebuilt in the background ({@code library_request.rules}).
     */
    public static final int INDEX_RULES = SearchText.VERSION * 100 + 1;

    /**
     * A search's entries are counted up to this many, and its facets only when it finds no more: a broader search
     * says "more than 10,000" and asks to be narrowed, instead of reading every entry it finds to count them. The
     * same limit as every counted list ({@link Page#COUNT_LIMIT}: the task list, the request search).
     */
    public static final int COUNT_LIMIT = Page.COUNT_LIMIT;

    /** Terms a beginning of a word may stand for before it is searched as a range (as the request search). */
    private static final int MAX_EXPANSION = 20;

    /** One entry with what it says: its record's texts (report, questions, lessons) or its document's details. */
    public record EntryDetail(LibraryEntry entry, List<String> languages, List<String> agencies, Content content,
                              boolean mayOpenRequest, boolean mayShare, List<LibraryEntry> sameRequest) {
    }

    /**
     * What an entry's record says. Outcome: {@code held}, {@code text} (the report), {@code more} (questions
     * answered). Follow-up report: {@code round}, {@code status}, {@code text}. Lessons: {@code text}. Document:
     * {@code document}.
     */
    public record Content(Boolean held, Integer round, String status, String text, String more, Attachment document) {
    }

    /** The facets of what a search found, each value with its count (null when the search found too many). */
    public record Facets(Map<Facet, List<FacetCount>> values, boolean counted) {
    }

    private final LibraryMapper mapper;
    private final RequestService requests;
    private final RequestLifecycle lifecycle;
    private final Consultations consultations;
    private final FollowUps followUps;
    private final Attachments attachments;
    private final Clock clock;

    Library(LibraryMapper mapper, RequestService requests, RequestLifecycle lifecycle, Consultations consultations,
            FollowUps followUps, Attachments attachments, Clock clock) {
        this.mapper = mapper;
        this.requests = requests;
        this.lifecycle = lifecycle;
        this.consultations = consultations;
        this.followUps = followUps;
        this.attachments = attachments;
        this.clock = clock;
    }

    /** A page of what the search finds, newest first; its total is counted up to {@link #COUNT_LIMIT} + 1. */
    public Page<LibraryEntry> search(CurrentUser user, LibraryFilter filter, int page, int size) {
        LibraryReader reader = LibraryReader.of(user);
        LibraryFilter f = expanded(filter);
        long total = mapper.countUpTo(reader, reader.scope(), f, COUNT_LIMIT + 1);
        List<LibraryEntry> items = total == 0 ? List.of()
                : mapper.findPage(reader, reader.scope(), f, page * size, size);
        return new Page<>(items, page, size, total);
    }

    /** Each facet's values among the entries found, counted when they are not more than {@link #COUNT_LIMIT}. */
    public Facets facets(CurrentUser user, LibraryFilter filter, long found) {
        LibraryReader reader = LibraryReader.of(user);
        Map<Facet, List<FacetCount>> values = new EnumMap<>(Facet.class);
        if (found == 0 || found > COUNT_LIMIT) {
            return new Facets(values, false);
        }
        LibraryFilter f = expanded(filter);
        for (Facet facet : Facet.values()) {
            values.put(facet, mapper.countByFacet(facet, reader, reader.scope(), f));
        }
        return new Facets(values, true);
    }

    /** 404 unless the user may read the entry. */
    public EntryDetail entry(CurrentUser user, Long id) {
        LibraryReader reader = LibraryReader.of(user);
        LibraryEntry entry = readable(reader, id);
        List<LibraryEntry> sameRequest = mapper.findReadableOfRequests(List.of(entry.requestId()), reader,
                reader.scope()).stream().filter(e -> !e.id().equals(entry.id())).toList();
        return new EntryDetail(entry, mapper.findLanguages(id), mapper.findAgencies(id), content(entry),
                mayOpen(user, entry.requestId()), mayShare(user, entry), sameRequest);
    }

    /** The document of a document entry the user may read. */
    public AttachmentFile download(CurrentUser user, Long id) {
        LibraryEntry entry = readable(LibraryReader.of(user), id);
        AttachmentFile file = entry.kind() == EntryKind.DOCUMENT ? attachments.file(entry.requestId(), entry.sourceId())
                : null;
        if (file == null) {
            throw new NotFoundException("library.entry.notFound");
        }
        return file;
    }

    /**
     * Marks an entry shareable with every official (or takes that back): a manager, or a coordinator of the
     * request's lead agency, who own what it says.
     */
    public void share(CurrentUser user, Long id, boolean shareable) {
        LibraryEntry entry = readable(LibraryReader.of(user), id);
        if (!mayShare(user, entry)) {
            throw new ForbiddenException("library.share.forbidden");
        }
        mapper.updateShareable(id, shareable, shareable ? user.username() : null, shareable ? clock.instant() : null);
    }

    boolean mayShare(CurrentUser user, LibraryEntry entry) {
        if (user.has(Role.MANAGER)) {
            return true;
        }
        String lead = lifecycle.leadAgency(entry.requestId());
        return lead != null && user.coordinatedAgencies().contains(lead);
    }

    /** Whether the user may open the entry's request page (a shareable entry does not open its request). */
    boolean mayOpen(CurrentUser user, Long requestId) {
        try {
            requests.visible(user, requestId);
            return true;
        } catch (NotFoundException notVisible) {
            return false;
        }
    }

    private LibraryEntry readable(LibraryReader reader, Long id) {
        LibraryEntry entry = id == null ? null : mapper.findReadable(id, reader, reader.scope());
        if (entry == null) {
            throw new NotFoundException("library.entry.notFound");
        }
        return entry;
    }

    private Content content(LibraryEntry entry) {
        return switch (entry.kind()) {
            case OUTCOME -> {
                ConsultationOutcome o = consultations.outcome(entry.sourceId());
                yield new Content(o.held(), null, null, o.report(), o.questionsAnswered(), null);
            }
            case FOLLOW_UP_REPORT -> {
                FollowUpReport r = followUps.report(entry.sourceId());
                yield new Content(null, r.roundNo(), r.progressStatus(), r.report(), null, null);
            }
            case LESSONS -> {
                CooperationEvaluation e = followUps.evaluation(entry.sourceId());
                yield new Content(null, null, null, e.lessonsLearned(), null, null);
            }
            case DOCUMENT -> new Content(null, null, null, null, null,
                    attachments.find(entry.requestId(), entry.sourceId()).orElse(null));
        };
    }

    /** A beginning of a word that begins few indexed words becomes a choice of them (as the request search). */
    private LibraryFilter expanded(LibraryFilter filter) {
        SearchQuery query = filter.keywords();
        if (query == null || query.prefixes().isEmpty()) {
            return filter;
        }
        List<String> prefixes = new ArrayList<>();
        List<List<String>> anyOf = new ArrayList<>(query.anyOf());
        for (String prefix : query.prefixes()) {
            List<String> words = mapper.findTermsStartingWith(prefix, MAX_EXPANSION + 1);
            if (words.isEmpty()) {
                return filter.withKeywords(new SearchQuery(query.text(), query.exact(), List.of(), List.of(), true));
            }
            if (words.size() > MAX_EXPANSION) {
                prefixes.add(prefix);
            } else {
                anyOf.add(List.copyOf(words));
            }
        }
        return filter.withKeywords(new SearchQuery(query.text(), query.exact(), List.copyOf(prefixes),
                List.copyOf(anyOf), false));
    }
}
