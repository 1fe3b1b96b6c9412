package org.coopflow.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coopflow.identity.CurrentUser;
import org.coopflow.shared.InvalidInputException;
import org.coopflow.shared.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The experts of the Korean agencies as an ADMIN keeps them — agency, title, sectors, languages, the load they can
 * carry, whether they are available — and what they have on their hands now. The assignment stage's suggestions read
 * the same rows: an unavailable expert is neither suggested nor nominated, and sectors and languages rank them. An
 * expert is an account in an agency's experts' group (the account pages give it); its agency is one of those groups.
 */
@Service
public class Experts {

    /** A line of the experts' list: the expert, and counts of their open work. */
    public record Line(ReferenceAdminMapper.ExpertRow expert, List<String> sectors, long nominated, long accepted,
                       long tasks) {

        /** Assignments that count against the expert's load (as the suggestions count them). */
        public long assignments() {
            return nominated + accepted;
        }
    }

    /** An expert with everything their page shows. */
    public record View(ReferenceAdminMapper.ExpertRow expert, List<String> sectors, List<ExpertWorkload.Work> work,
                       List<String> expertAgencies, List<ExpertAbsences.Away> absences) {

        /** Away today (an absence under way): the suggestions still offer them, their substitute stands in. */
        public boolean absentNow() {
            return absences.stream().anyMatch(ExpertAbsences.Away::now);
        }
    }

    static final int MAX_LOAD_LIMIT = 20;

    private final ReferenceMapper reference;
    private final ReferenceAdminMapper mapper;
    private final ReferenceChanges changes;
    private final List<ExpertWorkload> workloads;
    private final List<ExpertAbsences> absences;
    private final TransactionTemplate transaction;

    Experts(ReferenceMapper reference, ReferenceAdminMapper mapper, ReferenceChanges changes,
            List<ExpertWorkload> workloads, List<ExpertAbsences> absences, PlatformTransactionManager transactions) {
        this.reference = reference;
        this.mapper = mapper;
        this.changes = changes;
        this.workloads = workloads;
        this.absences = absences;
        this.transaction = new TransactionTemplate(transactions);
    }

    public List<Line> list(CurrentUser admin, String agency, String sector, Boolean available) {
        AdminRules.requireAdmin(admin);
        List<ReferenceAdminMapper.ExpertRow> experts = mapper.findExperts(blankToNull(agency), blankToNull(sector),
                available);
        List<ExpertWorkload.Work> work = work(experts.stream().map(ReferenceAdminMapper.ExpertRow::username).toList());
        return experts.stream().map(e -> new Line(e, mapper.sectorsOf(e.username()),
                count(work, e.username(), "NOMINATED"), count(work, e.username(), "ACCEPTED"),
                count(work, e.username(), "TASK"))).toList();
    }

    public View view(CurrentUser admin, String username) {
        AdminRules.requireAdmin(admin);
        ReferenceAdminMapper.ExpertRow expert = existing(username);
        return new View(expert, mapper.sectorsOf(username), work(List.of(username)), mapper.expertGroupsOf(username),
                absences.stream().flatMap(a -> a.openAbsences(username).stream()).toList());
    }

    /** Accounts in an agency's experts' group that are not registered experts yet. */
    public List<ReferenceAdminMapper.AccountRow> candidates(CurrentUser admin) {
        AdminRules.requireAdmin(admin);
        return mapper.findExpertCandidates();
    }

    /** The agencies whose experts' group this account is in. */
    public List<String> expertAgenciesOf(String username) {
        return username == null ? List.of() : mapper.expertGroupsOf(username);
    }

    /** Registers an account as an expert (available at once); returns its user name. */
    public String register(CurrentUser admin, ExpertForm form, String address) {
        AdminRules.requireAdmin(admin);
        String username = form.getUsername() == null ? "" : form.getUsername().strip();
        Map<String, String> errors = new LinkedHashMap<>();
        if (mapper.findExpertCandidates().stream().noneMatch(a -> a.username().equals(username))) {
            errors.put("username", mapper.findExpert(username) != null ? "reference.error.alreadyExpert"
                    : "reference.error.notAnExpertAccount");
        }
        Checked checked = check(username, form, List.of(), List.of(), errors);
        AdminRules.failOn(errors);
        try {
            transaction.executeWithoutResult(status -> {
                mapper.insertExpert(username, checked.agency(), checked.title(), String.join(",", checked.languages()),
                        checked.maxLoad());
                checked.sectors().forEach(sector -> mapper.insertExpertSector(username, sector));
                changes.record(ReferenceKind.EXPERT, username, "CREATED", null, snapshot(username), admin, address);
            });
        } catch (DuplicateKeyException twice) {
            throw new InvalidInputException("username", "reference.error.alreadyExpert");
        }
        return username;
    }

    public void update(CurrentUser admin, String username, ExpertForm form, String address) {
        AdminRules.requireAdmin(admin);
        ReferenceAdminMapper.ExpertRow expert = existing(username);
        Map<String, String> errors = new LinkedHashMap<>();
        Checked checked = check(username, form, mapper.sectorsOf(username), List.of(expert.languages().split(",")),
                errors);
        AdminRules.failOn(errors);
        int version = form.getVersion() == null ? expert.version() : form.getVersion();
        Map<String, Object> before = snapshot(username);
        transaction.executeWithoutResult(status -> {
            AdminRules.requireUpdated(mapper.updateExpert(username, checked.agency(), checked.title(),
                    String.join(",", checked.languages()), checked.maxLoad(), form.isAvailable(), version));
            mapper.deleteExpertSectors(username);
            checked.sectors().forEach(sector -> mapper.insertExpertSector(username, sector));
            changes.record(ReferenceKind.EXPERT, username, "UPDATED", before, snapshot(username), admin, address);
        });
    }

    /** Makes an expert available again, or unavailable (no longer suggested nor nominated; their work stays). */
    public void setAvailable(CurrentUser admin, String username, boolean available, Integer version, String address) {
        AdminRules.requireAdmin(admin);
        ReferenceAdminMapper.ExpertRow expert = existing(username);
        if (expert.available() == available && (version == null || version == expert.version())) {
            return;
        }
        Map<String, Object> before = snapshot(username);
        transaction.executeWithoutResult(status -> {
            AdminRules.requireUpdated(mapper.setExpertAvailable(username, available,
                    version == null ? expert.version() : version));
            changes.record(ReferenceKind.EXPERT, username, available ? "AVAILABLE" : "UNAVAILABLE", before,
                    snapshot(username), admin, address);
        });
    }

    private record Checked(String agency, String title, List<String> sectors, List<String> languages, int maxLoad) {
    }

    /**
     * The form's values checked: an active agency whose experts' group the account is in; offered sectors and
     * languages (or those the expert already had, retired since); at least one language; a load of 1 to 20.
     */
    private Checked check(String username, ExpertForm form, List<String> hadSectors, List<String> hadLanguages,
                          Map<String, String> errors) {
        String agency = form.getAgencyCode() == null ? "" : form.getAgencyCode().strip();
        Organisation organisation = reference.findOrganisation(agency);
        if (organisation == null || !Organisation.AGENCY.equals(organisation.kind()) || !organisation.active()) {
            errors.put("agencyCode", "reference.error.agency");
        } else if (!errors.containsKey("username") && !mapper.expertGroupsOf(username).contains(agency)) {
            errors.put("agencyCode", "reference.error.notInExpertGroup");
        }
        String title = AdminRules.text(form.getTitle(), AdminRules.NAME_MAX, "title", errors);
        Set<String> sectors = new LinkedHashSet<>(form.getSectors());
        Set<String> offeredSectors = new LinkedHashSet<>(hadSectors);
        reference.findSectors().stream().filter(Sector::active).forEach(s -> offeredSectors.add(s.code()));
        if (!offeredSectors.containsAll(sectors)) {
            errors.put("sectors", "reference.error.unknownChoice");
        }
        Set<String> languages = new LinkedHashSet<>(form.getLanguages());
        Set<String> offeredLanguages = new LinkedHashSet<>(hadLanguages);
        reference.findListItems(ReferenceKind.LANGUAGE.name(), true).forEach(l -> offeredLanguages.add(l.code()));
        if (languages.isEmpty()) {
            errors.put("languages", "reference.error.noLanguage");
        } else if (!offeredLanguages.containsAll(languages)) {
            errors.put("languages", "reference.error.unknownChoice");
        }
        Integer load = form.getMaxLoad();
        if (load == null || load < 1 || load > MAX_LOAD_LIMIT) {
            errors.put("maxLoad", "reference.error.maxLoad");
        }
        // in the order of the lists, so the log compares like with like
        List<String> orderedSectors = new ArrayList<>(offeredSectors);
        orderedSectors.retainAll(sectors);
        List<String> orderedLanguages = new ArrayList<>(offeredLanguages);
        orderedLanguages.retainAll(languages);
        return new Checked(agency, title, orderedSectors, orderedLanguages, load == null ? 0 : load);
    }

    private List<ExpertWorkload.Work> work(List<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        List<ExpertWorkload.Work> all = new ArrayList<>();
        workloads.forEach(w -> all.addAll(w.openWork(usernames)));
        return all;
    }

    private static long count(List<ExpertWorkload.Work> work, String username, String kind) {
        return work.stream().filter(w -> w.username().equals(username) && w.kind().equals(kind)).count();
    }

    private Map<String, Object> snapshot(String username) {
        ReferenceAdminMapper.ExpertRow expert = mapper.findExpert(username);
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("username", username);
        state.put("agency", expert.agencyCode());
        state.put("title", expert.title());
        state.put("sectors", mapper.sectorsOf(username));
        state.put("languages", Arrays.asList(expert.languages().split(",")));
        state.put("maxLoad", expert.maxLoad());
        state.put("available", expert.available());
        return state;
    }

    private ReferenceAdminMapper.ExpertRow existing(String username) {
        ReferenceAdminMapper.ExpertRow expert = username == null ? null : mapper.findExpert(username);
        if (expert == null) {
            throw new NotFoundException("reference.notFound");
        }
        return expert;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
