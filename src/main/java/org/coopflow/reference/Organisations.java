package org.coopflow.reference;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.coopflow.identity.CurrentUser;
import org.coopflow.shared.ConflictException;
import org.coopflow.shared.InvalidInputException;
import org.coopflow.shared.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Partner organisations (foreign ministries) and Korean agencies as an ADMIN keeps them. A new one gets its groups —
 * {@code partner:CODE}, or {@code coordinator:CODE} and {@code expert:CODE} — which the account pages then give to its
 * people. Rules: a code (and a partner's country) is fixed once anything uses it; an organisation with requests in
 * flight is not deactivated (nor an agency the routing decision still sends sectors to), so nothing in flight breaks;
 * a deactivated partner sends no new request and a deactivated agency is offered to nobody; its accounts stay as the
 * account pages leave them. Every change is in the change log with before and after.
 */
@Service
public class Organisations {

    /** A line of the partners' or agencies' list. */
    public record Line(String code, String name, String countryCode, String ministryType, boolean active,
                       long accounts) {
    }

    /** An organisation with everything its page shows. */
    public record View(ReferenceAdminMapper.OrganisationRow row, Map<String, String> names,
                       List<ReferenceAdminMapper.AccountRow> accounts, List<ReferenceAdminMapper.GroupRow> groups,
                       List<ReferenceUsage.Use> uses, boolean fixed, long openRequests, List<String> openRefs,
                       List<SectorRoutes.Route> routes, List<ReferenceAdminMapper.ExpertRow> experts) {
    }

    static final String PARTNER = Organisation.PARTNER;
    static final String AGENCY = Organisation.AGENCY;
    private static final String KOREA = "KR";
    private static final Pattern PARTNER_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,31}");
    private static final Pattern AGENCY_CODE = Pattern.compile("[A-Z][A-Z0-9_-]{1,31}");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final ReferenceMapper reference;
    private final ReferenceAdminMapper mapper;
    private final ReferenceNames names;
    private final ReferenceChanges changes;
    private final ReferenceUses uses;
    private final TransactionTemplate transaction;

    Organisations(ReferenceMapper reference, ReferenceAdminMapper mapper, ReferenceNames names,
                  ReferenceChanges changes, ReferenceUses uses, PlatformTransactionManager transactions) {
        this.reference = reference;
        this.mapper = mapper;
        this.names = names;
        this.changes = changes;
        this.uses = uses;
        this.transaction = new TransactionTemplate(transactions);
    }

    public List<Line> list(CurrentUser admin, String kind, Locale locale) {
        AdminRules.requireAdmin(admin);
        // one grouped count for the whole list, not a query per organisation
        Map<String, Long> accounts = mapper.countAccountsByOrganisation().stream().collect(Collectors.toMap(
                ReferenceAdminMapper.AccountCount::organisationCode, ReferenceAdminMapper.AccountCount::accounts));
        return mapper.findOrganisations(kind).stream().map(o -> new Line(o.code(),
                names.name(referenceKind(o.kind()), o.code(), locale).orElse(o.name()), o.countryCode(),
                o.ministryType(), o.active(), accounts.getOrDefault(o.code(), 0L))).toList();
    }

    public View view(CurrentUser admin, String kind, String code) {
        AdminRules.requireAdmin(admin);
        ReferenceAdminMapper.OrganisationRow row = existing(kind, code);
        ReferenceUses.Uses used = uses.of(referenceKind(kind), code);
        boolean agency = AGENCY.equals(kind);
        return new View(row, names.namesOf(referenceKind(kind), code), mapper.findAccounts(code),
                mapper.findGroups(code), used.uses(), used.any(), used.open(), used.openRefs(),
                agency ? uses.routedTo(code) : List.of(), agency ? mapper.findExperts(code, null, null) : List.of());
    }

    /** Adds a partner or an agency with its groups; returns its code. */
    public String create(CurrentUser admin, String kind, OrganisationForm form, String address) {
        AdminRules.requireAdmin(admin);
        Map<String, String> errors = new LinkedHashMap<>();
        String code = code(kind, form.getCode(), errors);
        if (!errors.containsKey("code") && reference.findOrganisation(code) != null) {
            errors.put("code", "reference.error.codeTaken");
        }
        Fields fields = fields(kind, form, errors);
        AdminRules.failOn(errors);
        try {
            transaction.executeWithoutResult(status -> {
                mapper.insertOrganisation(new ReferenceAdminMapper.OrganisationRow(code, kind, fields.names().get("en"),
                        fields.country(), fields.ministryType(), fields.ownLanguage(), null, true, 0),
                        englishCountry(fields.country()));
                writeNames(kind, code, fields);
                groupsOf(kind, code, fields.names().get("en"), fields.country())
                        .forEach((id, group) -> mapper.insertGroup(id, group[0], code, group[1]));
                changes.record(referenceKind(kind), code, "CREATED", null, snapshot(code), admin, address);
                names.changed();
            });
        } catch (DuplicateKeyException taken) {
            throw new InvalidInputException("code", "reference.error.codeTaken");
        }
        return code;
    }

    /** Renames (and while unused recodes, or moves to another country) an organisation; returns its code. */
    public String update(CurrentUser admin, String kind, String code, OrganisationForm form, String address) {
        AdminRules.requireAdmin(admin);
        ReferenceAdminMapper.OrganisationRow row = existing(kind, code);
        Map<String, String> errors = new LinkedHashMap<>();
        String newCode = form.getCode() == null || form.getCode().isBlank() ? code : code(kind, form.getCode(), errors);
        Fields fields = fields(kind, form, errors);
        boolean recode = !newCode.equals(code);
        boolean moved = fields.country() != null && !fields.country().equals(row.countryCode());
        if ((recode || moved) && !errors.containsKey("code") && uses.of(referenceKind(kind), code).any()) {
            errors.put(recode ? "code" : "countryCode", recode ? "reference.error.codeFixed"
                    : "reference.error.countryFixed");
        } else if (recode && !errors.containsKey("code") && reference.findOrganisation(newCode) != null) {
            errors.put("code", "reference.error.codeTaken");
        }
        AdminRules.failOn(errors);
        int version = form.getVersion() == null ? row.version() : form.getVersion();
        Map<String, Object> before = snapshot(code);
        transaction.executeWithoutResult(status -> {
            if (recode) {
                // unused: its groups have no members; they are made again under the new code
                mapper.deleteGroups(code);
            }
            AdminRules.requireUpdated(mapper.updateOrganisation(code, newCode, fields.names().get("en"),
                    fields.country(), englishCountry(fields.country()), fields.ministryType(), fields.ownLanguage(),
                    version));
            mapper.deleteNames(referenceKind(kind).name(), code);
            writeNames(kind, newCode, fields);
            groupsOf(kind, newCode, fields.names().get("en"), fields.country()).forEach((id, group) -> {
                if (recode) {
                    mapper.insertGroup(id, group[0], newCode, group[1]);
                } else {
                    mapper.renameGroup(id, group[1]);
                }
            });
            if (recode) {
                mapper.moveChanges(referenceKind(kind).name(), code, newCode);
            }
            changes.record(referenceKind(kind), newCode, "UPDATED", before, snapshot(newCode), admin, address);
            names.changed();
        });
        return newCode;
    }

    /**
     * Deactivates (refused while requests are in flight, or — an agency — while the routing decision sends sectors to
     * it) or activates again.
     */
    public void setActive(CurrentUser admin, String kind, String code, boolean active, Integer version,
                          String address) {
        AdminRules.requireAdmin(admin);
        ReferenceAdminMapper.OrganisationRow row = existing(kind, code);
        if (row.active() == active && (version == null || version == row.version())) {
            return;
        }
        if (!active) {
            ReferenceUses.Uses used = uses.of(referenceKind(kind), code);
            if (used.open() > 0) {
                throw new ConflictException("reference.error.openRequests", used.open(),
                        String.join(", ", used.openRefs()));
            }
            List<SectorRoutes.Route> routed = AGENCY.equals(kind) ? uses.routedTo(code) : List.of();
            if (!routed.isEmpty()) {
                throw new ConflictException("reference.error.stillRouted", routed.size(),
                        String.join(", ", routed.stream().map(SectorRoutes.Route::sector).toList()));
            }
        }
        Map<String, Object> before = snapshot(code);
        transaction.executeWithoutResult(status -> {
            AdminRules.requireUpdated(mapper.setOrganisationActive(code, active,
                    version == null ? row.version() : version));
            changes.record(referenceKind(kind), code, active ? "ACTIVATED" : "DEACTIVATED", before, snapshot(code),
                    admin, address);
            names.changed();
        });
    }

    /** The checked fields of the form (the country of an agency is Korea). */
    private record Fields(String country, String ministryType, String ownLanguage, Map<String, String> names) {
    }

    private Fields fields(String kind, OrganisationForm form, Map<String, String> errors) {
        Map<String, String> typed = new LinkedHashMap<>();
        if (AGENCY.equals(kind)) {
            for (String language : ReferenceNames.PAGE_LANGUAGES) {
                typed.put(language, AdminRules.text(form.getNames().get(language), AdminRules.NAME_MAX,
                        "name." + language, errors));
            }
            return new Fields(KOREA, null, null, typed);
        }
        String country = form.getCountryCode() == null ? "" : form.getCountryCode().strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(country) || KOREA.equals(country)) {
            errors.put("countryCode", "reference.error.partnerCountry");
        }
        String ministry = form.getMinistryType();
        if (ministry == null || Arrays.stream(MinistryType.values()).noneMatch(t -> t.name().equals(ministry))) {
            errors.put("ministryType", "reference.error.ministryType");
        }
        String own = form.getOwnLanguage() == null ? "" : form.getOwnLanguage().strip();
        if (own.isEmpty() || reference.findListItem(ReferenceKind.LANGUAGE.name(), own) == null) {
            errors.put("ownLanguage", "reference.error.ownLanguage");
            own = ""; // no name asked for in a language that is not one
        }
        typed.put("en", AdminRules.text(form.getNames().get("en"), AdminRules.NAME_MAX, "name.en", errors));
        typed.put("ko", AdminRules.text(form.getNames().get("ko"), AdminRules.NAME_MAX, "name.ko", errors));
        if (!own.isEmpty() && !"en".equals(own) && !"ko".equals(own)) {
            typed.put(own, AdminRules.text(form.getNames().get("own"), AdminRules.NAME_MAX, "name.own", errors));
        }
        return new Fields(country, ministry, own.isEmpty() ? null : own, typed);
    }

    private void writeNames(String kind, String code, Fields fields) {
        fields.names().forEach((language, name) ->
                mapper.insertName(referenceKind(kind).name(), code, language, name, null));
    }

    /** The groups an organisation comes with: id → {role, name}. */
    private static Map<String, String[]> groupsOf(String kind, String code, String englishName, String country) {
        Map<String, String[]> groups = new LinkedHashMap<>();
        if (AGENCY.equals(kind)) {
            groups.put("coordinator:" + code, new String[]{"COORDINATOR", "Coordinators, " + englishName});
            groups.put("expert:" + code, new String[]{"EXPERT", "Experts, " + englishName});
        } else {
            groups.put("partner:" + code, new String[]{"PARTNER", englishCountry(country) + " " + englishName});
        }
        return groups;
    }

    private static String code(String kind, String typed, Map<String, String> errors) {
        String code = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
        if (!(AGENCY.equals(kind) ? AGENCY_CODE : PARTNER_CODE).matcher(code).matches()) {
            errors.put("code", AGENCY.equals(kind) ? "reference.error.agencyCode" : "reference.error.partnerCode");
        }
        return code;
    }

    private static String englishCountry(String country) {
        return ReferenceData.countryName(country, Locale.ENGLISH);
    }

    private Map<String, Object> snapshot(String code) {
        ReferenceAdminMapper.OrganisationRow row = mapper.findOrganisation(code);
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", row.code());
        state.put("countryCode", row.countryCode());
        if (PARTNER.equals(row.kind())) {
            state.put("ministryType", row.ministryType());
            state.put("ownLanguage", row.ownLanguage());
        }
        state.put("active", row.active());
        state.put("name", new TreeMap<>(names.namesOf(referenceKind(row.kind()), code)));
        return state;
    }

    private ReferenceAdminMapper.OrganisationRow existing(String kind, String code) {
        ReferenceAdminMapper.OrganisationRow row = code == null ? null : mapper.findOrganisation(code);
        if (row == null || !row.kind().equals(kind)) {
            throw new NotFoundException("reference.notFound");
        }
        return row;
    }

    static ReferenceKind referenceKind(String organisationKind) {
        return AGENCY.equals(organisationKind) ? ReferenceKind.AGENCY : ReferenceKind.PARTNER;
    }
}
