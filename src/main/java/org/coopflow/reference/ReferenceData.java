package org.coopflow.reference;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** Sectors, agencies and modalities with names in the caller's language (for forms and form builders). */
@Service
public class ReferenceData {

    /** A code with its localized label (and description, for sectors). */
    public record Option(String code, String label, String description) {
    }

    private final ReferenceMapper mapper;
    private final MessageSource messages;

    public ReferenceData(ReferenceMapper mapper, MessageSource messages) {
        this.mapper = mapper;
        this.messages = messages;
    }

    public List<Option> sectors(Locale locale) {
        return mapper.findSectors().stream()
                .map(s -> new Option(s.code(), text("sector." + s.code(), s.name(), locale),
                        text("sector." + s.code() + ".description", s.description(), locale)))
                .toList();
    }

    public List<Option> agencies(Locale locale) {
        return mapper.findOrganisations(Organisation.AGENCY).stream()
                .map(o -> new Option(o.code(), text("agency." + o.code(), o.name(), locale), null))
                .toList();
    }

    public List<Option> modalities(Locale locale) {
        return Arrays.stream(Modality.values())
                .map(m -> new Option(m.name(), text("modality." + m.name(), m.name(), locale), null))
                .toList();
    }

    /** Countries of the partner organisations, named in the caller's language (for search forms). */
    public List<Option> partnerCountries(Locale locale) {
        return mapper.findOrganisations(Organisation.PARTNER).stream().map(Organisation::countryCode).distinct()
                .map(code -> new Option(code, countryName(code, locale), null))
                .sorted(java.util.Comparator.comparing(Option::label, java.text.Collator.getInstance(locale)))
                .toList();
    }

    /** A country's name in the caller's language (the JDK knows every ISO country in many languages). */
    public static String countryName(String countryCode, Locale locale) {
        String name = countryCode == null ? "" : new Locale("", countryCode).getDisplayCountry(locale);
        return name.isBlank() ? String.valueOf(countryCode) : name;
    }

    public boolean isSector(String code) {
        return code != null && mapper.findSector(code) != null;
    }

    public boolean isAgency(String code) {
        Organisation organisation = code == null ? null : mapper.findOrganisation(code);
        return organisation != null && Organisation.AGENCY.equals(organisation.kind());
    }

    public Organisation organisation(String code) {
        return mapper.findOrganisation(code);
    }

    private String text(String key, String fallback, Locale locale) {
        return messages.getMessage(key, null, fallback, locale);
    }
}
