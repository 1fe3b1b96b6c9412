package org.coopflow.reference;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.coopflow.shared.PageMemo;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Sectors, agencies, modalities and working languages with names in the caller's language (for forms, filters and
 * form builders). What a form offers is read from the database at each use, so a code an ADMIN retires disappears from
 * every node's forms at once; names come from {@link ReferenceNames}.
 */
@Service
public class ReferenceData {

    /** A code with its localized label (and description, for sectors). */
    public record Option(String code, String label, String description) {
    }

    /** The source of findChoices' organisation row (the other rows name their list). */
    private static final String ORGANISATION_ROW = "ORGANISATION";

    private final ReferenceMapper mapper;
    private final ReferenceNames names;
    private final MessageSource messages;

    public ReferenceData(ReferenceMapper mapper, ReferenceNames names, MessageSource messages) {
        this.mapper = mapper;
        this.names = names;
        this.messages = messages;
    }

    /** Every sector, retired ones too (marked), for searches over old requests. */
    public List<Option> sectors(Locale locale) {
        return mapper.findSectors().stream().map(s -> sector(s, locale, !s.active())).toList();
    }

    /** The sectors a partner may choose on a new request. */
    public List<Option> offeredSectors(Locale locale) {
        return mapper.findSectors().stream().filter(Sector::active).map(s -> sector(s, locale, false)).toList();
    }

    /** Every Korean agency, inactive ones too (marked), for searches. */
    public List<Option> agencies(Locale locale) {
        return mapper.findOrganisations(Organisation.AGENCY).stream()
                .map(o -> new Option(o.code(), marked(agencyName(o, locale), !o.active(), locale), null))
                .toList();
    }

    /** The active Korean agencies, those a request may be routed to. */
    public List<Option> offeredAgencies(Locale locale) {
        return mapper.findOrganisations(Organisation.AGENCY).stream().filter(Organisation::active)
                .map(o -> new Option(o.code(), agencyName(o, locale), null)).toList();
    }

    /** The modalities offered on new requests and consultation plans. */
    public List<Option> modalities(Locale locale) {
        return offered(ReferenceKind.MODALITY, locale);
    }

    /** The working languages offered on new requests and for experts. */
    public List<Option> languages(Locale locale) {
        return offered(ReferenceKind.LANGUAGE, locale);
    }

    /** Countries of the partner organisations, named in the caller's language (for search forms). */
    public List<Option> partnerCountries(Locale locale) {
        return mapper.findOrganisations(Organisation.PARTNER).stream().map(Organisation::countryCode).distinct()
                .map(code -> new Option(code, countryName(code, locale), null))
                .sorted(Comparator.comparing(Option::label, Collator.getInstance(locale)))
                .toList();
    }

    /** A country's name in the caller's language (the JDK knows every ISO country in many languages). */
    public static String countryName(String countryCode, Locale locale) {
        String name = countryCode == null ? "" : new Locale("", countryCode).getDisplayCountry(locale);
        return name.isBlank() ? String.valueOf(countryCode) : name;
    }

    /** A sector a new request may take (one not retired). */
    public boolean isOfferedSector(String code) {
        Sector sector = code == null ? null : mapper.findSector(code);
        return sector != null && sector.active();
    }

    public boolean isOfferedModality(String code) {
        return isOffered(ReferenceKind.MODALITY, code);
    }

    public boolean isOfferedLanguage(String code) {
        return isOffered(ReferenceKind.LANGUAGE, code);
    }

    /**
     * A new request's choices and its partner organisation, read in one statement (a submission used to read the
     * organisation, the sector, the modality and each language one by one): as {@link #organisation},
     * {@link #isOfferedSector}, {@link #isOfferedModality} and {@link #isOfferedLanguage} would answer. Each language is
     * looked up once, however often it is chosen; null codes are never offered, and no languages (null) are all offered.
     */
    public OfferedChoices offeredChoices(String partnerCode, String sector, String modality,
                                         Collection<String> languages) {
        List<String> chosenLanguages = languages == null ? List.of() : new ArrayList<>(languages);
        List<ReferenceMapper.AskedCodes> asked = List.of(
                asked(ReferenceKind.SECTOR, Collections.singletonList(sector)),
                asked(ReferenceKind.MODALITY, Collections.singletonList(modality)),
                asked(ReferenceKind.LANGUAGE, chosenLanguages));
        Organisation partner = null;
        Map<String, Set<String>> offered = new HashMap<>();
        for (ReferenceMapper.ChoiceRow row : mapper.findChoices(partnerCode, asked)) {
            if (ORGANISATION_ROW.equals(row.source())) {
                partner = new Organisation(row.code(), row.kind(), row.name(), row.countryCode(), row.countryName(),
                        row.active());
            } else if (row.active()) {
                offered.computeIfAbsent(row.source(), list -> new HashSet<>()).add(row.code());
            }
        }
        return new OfferedChoices(partner, isIn(offered, ReferenceKind.SECTOR, sector),
                isIn(offered, ReferenceKind.MODALITY, modality),
                chosenLanguages.stream().allMatch(code -> isIn(offered, ReferenceKind.LANGUAGE, code)));
    }

    private static boolean isIn(Map<String, Set<String>> offered, ReferenceKind kind, String code) {
        return code != null && offered.getOrDefault(kind.name(), Set.of()).contains(code);
    }

    /** The distinct codes of one list to look up (a null code has nothing to find). */
    private static ReferenceMapper.AskedCodes asked(ReferenceKind kind, Collection<String> codes) {
        Set<String> distinct = new LinkedHashSet<>(codes);
        distinct.remove(null);
        return new ReferenceMapper.AskedCodes(kind, distinct);
    }

    /** An active Korean agency (one a request may be routed to). */
    public boolean isAgency(String code) {
        Organisation organisation = code == null ? null : organisation(code);
        return organisation != null && Organisation.AGENCY.equals(organisation.kind()) && organisation.active();
    }

    public Organisation organisation(String code) {
        return PageMemo.get("organisation", code, mapper::findOrganisation);
    }

    /**
     * An organisation's name in the reader's language: an agency's as an ADMIN named it; a partner's in the reader's
     * language when it has one (English, Korean or its own), else in English.
     */
    public String organisationName(String code, Locale locale) {
        Organisation organisation = code == null ? null : organisation(code);
        if (organisation == null) {
            return String.valueOf(code);
        }
        return Organisation.AGENCY.equals(organisation.kind()) ? agencyName(organisation, locale)
                : names.name(ReferenceKind.PARTNER, code, locale).orElse(organisation.name());
    }

    private Option sector(Sector s, Locale locale, boolean retired) {
        String name = names.name(ReferenceKind.SECTOR, s.code(), locale).orElse(s.name());
        return new Option(s.code(), marked(name, retired, locale),
                names.description(ReferenceKind.SECTOR, s.code(), locale).orElse(s.description()));
    }

    private String agencyName(Organisation o, Locale locale) {
        return names.name(ReferenceKind.AGENCY, o.code(), locale).orElse(o.name());
    }

    private List<Option> offered(ReferenceKind kind, Locale locale) {
        return mapper.findListItems(kind.name(), true).stream()
                .map(item -> new Option(item.code(), names.name(kind, item.code(), locale).orElse(item.code()), null))
                .toList();
    }

    private boolean isOffered(ReferenceKind kind, String code) {
        ListItem item = code == null ? null : mapper.findListItem(kind.name(), code);
        return item != null && item.active();
    }

    /** "Old sector (retired)": still found in searches, never offered. */
    private String marked(String name, boolean retired, Locale locale) {
        return retired ? messages.getMessage("reference.retiredName", new Object[]{name}, name + " ×", locale) : name;
    }
}
