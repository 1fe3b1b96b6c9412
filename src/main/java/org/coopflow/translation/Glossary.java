package org.coopflow.translation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.coopflow.shared.ConflictException;
import org.coopflow.shared.GeneratedId;
import org.coopflow.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The desk's glossary of public-administration terms (ko/en/es/fr/km/vi). Every change is kept with who made it
 * (glossary_change); a term is retired, never deleted, so a translation that used it can still be understood.
 */
@Service
public class Glossary {

    public static final String ADDED = "ADDED";
    public static final String EDITED = "EDITED";
    public static final String RETIRED = "RETIRED";
    public static final String RESTORED = "RESTORED";

    private final GlossaryMapper mapper;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Glossary(GlossaryMapper mapper, ApplicationEventPublisher events, Clock clock) {
        this.mapper = mapper;
        this.events = events;
        this.clock = clock;
    }

    public List<GlossaryTerm> terms(boolean includeRetired) {
        return mapper.findAll(includeRetired);
    }

    public GlossaryTerm term(Long id) {
        GlossaryTerm term = mapper.find(id);
        if (term == null) {
            throw new NotFoundException("glossary.notFound");
        }
        return term;
    }

    public List<GlossaryEntry> history(Long termId) {
        return mapper.findChanges(termId);
    }

    /** The terms in use that occur in any of the texts, in glossary order. */
    public List<GlossaryTerm> foundIn(String... texts) {
        String all = String.join("\n", java.util.Arrays.stream(texts).filter(t -> t != null).toList());
        return terms(false).stream().filter(term -> term.foundIn(all)).toList();
    }

    @Transactional
    public Long add(GlossaryForm form, String by) {
        GlossaryForm clean = cleaned(form);
        GeneratedId row = new GeneratedId();
        Instant now = clock.instant();
        mapper.insert(row, clean, by, now);
        record(row.getId(), ADDED, by, now, clean.summary());
        return row.getId();
    }

    @Transactional
    public void edit(Long id, GlossaryForm form, String by) {
        term(id);
        GlossaryForm clean = cleaned(form);
        Instant now = clock.instant();
        if (mapper.update(id, clean, by, now) != 1) {
            throw new ConflictException("glossary.changedMeanwhile");
        }
        record(id, EDITED, by, now, clean.summary());
    }

    /** Retires a term in use, or brings a retired one back. */
    @Transactional
    public void retire(Long id, boolean retired, int version, String by) {
        GlossaryTerm term = term(id);
        Instant now = clock.instant();
        if (term.retired() == retired || mapper.retire(id, retired, version, by, now) != 1) {
            throw new ConflictException("glossary.changedMeanwhile");
        }
        record(id, retired ? RETIRED : RESTORED, by, now, GlossaryForm.of(term).summary());
    }

    private void record(Long termId, String action, String by, Instant at, String summary) {
        GeneratedId change = new GeneratedId();
        mapper.insertChange(change, termId, action, by, at, summary);
        events.publishEvent(new GlossaryChanged(termId, change.getId()));
    }

    private static GlossaryForm cleaned(GlossaryForm form) {
        GlossaryForm clean = new GlossaryForm();
        clean.setTermKo(GlossaryForm.trimmed(form.getTermKo()));
        clean.setTermEn(GlossaryForm.trimmed(form.getTermEn()));
        clean.setTermEs(GlossaryForm.trimmed(form.getTermEs()));
        clean.setTermFr(GlossaryForm.trimmed(form.getTermFr()));
        clean.setTermKm(GlossaryForm.trimmed(form.getTermKm()));
        clean.setTermVi(GlossaryForm.trimmed(form.getTermVi()));
        clean.setNote(GlossaryForm.trimmed(form.getNote()));
        clean.setVersion(form.getVersion());
        return clean;
    }
}
