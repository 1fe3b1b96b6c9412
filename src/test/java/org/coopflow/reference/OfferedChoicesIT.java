package org.coopflow.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.coopflow.support.MariaDbIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * ReferenceData.offeredChoices on MariaDB: a submission's partner and chosen codes in one statement, answering as the
 * single lookups do — active, retired or deactivated, unknown, and a code of another list. Each test's rows are rolled
 * back with it (one connection, which also lets the test count the statements on it).
 */
@Transactional
class OfferedChoicesIT extends MariaDbIntegrationTest {

    @Autowired
    ReferenceData reference;

    @Autowired
    JdbcTemplate jdbc;

    private String partner;
    private String deactivatedPartner;
    private String retiredSector;
    private String retiredModality;
    private String retiredLanguage;

    @BeforeEach
    void referenceData() {
        String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase(Locale.ROOT);
        partner = "ZC-" + unique;
        deactivatedPartner = "ZD-" + unique;
        jdbc.update("INSERT INTO organisation (code, kind, name, country_code, country_name) VALUES (?, 'PARTNER', ?, "
                + "'ZC', 'Choiceland')", partner, "Ministry of choices " + unique);
        jdbc.update("INSERT INTO organisation (code, kind, name, country_code, country_name, active) VALUES (?, "
                + "'PARTNER', ?, 'ZD', 'Formerland', FALSE)", deactivatedPartner, "Former ministry " + unique);
        retiredSector = "IT_RETIRED_" + unique;
        jdbc.update("INSERT INTO sector (code, name, description, sort_order, active) VALUES (?, 'Retired', "
                + "'No longer offered', 990, FALSE)", retiredSector);
        retiredModality = "IT_RETIRED_" + unique;
        jdbc.update("INSERT INTO modality (code, sort_order, active) VALUES (?, 990, FALSE)", retiredModality);
        retiredLanguage = "z" + unique.toLowerCase(Locale.ROOT);
        jdbc.update("INSERT INTO working_language (code, sort_order, active) VALUES (?, 990, FALSE)", retiredLanguage);
    }

    @Test
    void offeredChoicesAndTheirPartnerAreReadInOneStatement() {
        long before = selectsSoFar();

        OfferedChoices choices = reference.offeredChoices(partner, "NATIONAL_ID", Modality.ONLINE_FORUM,
                List.of("km", "en", "km"));

        // the organisation, the sector, the modality and two languages: five lookups one by one
        assertThat(selectsSoFar() - before).isEqualTo(1);
        assertThat(choices).isEqualTo(new OfferedChoices(new Organisation(partner, Organisation.PARTNER,
                "Ministry of choices " + partner.substring(3), "ZC", "Choiceland", true), true, true, true));
        assertThat(choices.partner()).isEqualTo(reference.organisation(partner));
    }

    @Test
    void aRetiredCodeIsNotOfferedAndADeactivatedPartnerIsReadAsSuch() {
        OfferedChoices choices = reference.offeredChoices(deactivatedPartner, retiredSector, retiredModality,
                List.of("km", retiredLanguage));

        assertThat(choices.partner()).isEqualTo(reference.organisation(deactivatedPartner));
        assertThat(choices.partner().active()).isFalse();
        assertThat(choices.sectorOffered()).isFalse();
        assertThat(choices.modalityOffered()).isFalse();
        assertThat(choices.languagesOffered()).isFalse();
        // one retired language among offered ones is enough, wherever it stands and however often
        assertThat(reference.offeredChoices(partner, "NATIONAL_ID", Modality.ONLINE_FORUM,
                List.of(retiredLanguage, "km", retiredLanguage)).languagesOffered()).isFalse();
    }

    @Test
    void unknownCodesAreNotOfferedAndAnUnknownPartnerIsNone() {
        OfferedChoices choices = reference.offeredChoices("ZZ-NO-SUCH-PARTNER", "NO_SUCH_SECTOR", "NO_SUCH_MODALITY",
                List.of("en", "xx"));

        assertThat(choices).isEqualTo(new OfferedChoices(null, false, false, false));
        assertThat(reference.offeredChoices(null, null, null, Arrays.asList("en", null)))
                .isEqualTo(new OfferedChoices(null, false, false, false));
        // no languages chosen: none is unknown (whether some are required is the form's rule)
        assertThat(reference.offeredChoices(partner, "NATIONAL_ID", Modality.ONLINE_FORUM, List.of())
                .languagesOffered()).isTrue();
        assertThat(reference.offeredChoices(partner, "NATIONAL_ID", Modality.ONLINE_FORUM, null)
                .languagesOffered()).isTrue();
    }

    @Test
    void eachCodeIsLookedUpInItsOwnList() {
        // a sector's code offered as a modality, a modality's as the sector, a language's as either
        OfferedChoices swapped = reference.offeredChoices(partner, Modality.ONLINE_FORUM, "NATIONAL_ID",
                List.of("en"));
        assertThat(swapped.sectorOffered()).isFalse();
        assertThat(swapped.modalityOffered()).isFalse();
        assertThat(swapped.languagesOffered()).isTrue();
        assertThat(reference.offeredChoices(partner, "en", "en", List.of("NATIONAL_ID")))
                .isEqualTo(new OfferedChoices(reference.organisation(partner), false, false, false));
    }

    @Test
    void theDatabaseDecidesWhatMatchesAsTheSingleLookupsDo() {
        // the column's collation (case, trailing spaces) decides, as it does for isOffered…; the answer is per code asked
        for (String sector : List.of("NATIONAL_ID", "national_id", "NATIONAL_ID ", "NATIONAL-ID", retiredSector)) {
            assertThat(reference.offeredChoices(partner, sector, Modality.ONLINE_FORUM, List.of()).sectorOffered())
                    .as(sector).isEqualTo(reference.isOfferedSector(sector));
        }
        for (String modality : List.of("ONLINE_FORUM", "online_forum", "ONLINE FORUM", retiredModality)) {
            assertThat(reference.offeredChoices(partner, "NATIONAL_ID", modality, List.of()).modalityOffered())
                    .as(modality).isEqualTo(reference.isOfferedModality(modality));
        }
        for (List<String> languages : List.of(List.of("KM", "en"), List.of("km", "KM"), List.of("km", "kh"))) {
            assertThat(reference.offeredChoices(partner, "NATIONAL_ID", Modality.ONLINE_FORUM, languages)
                    .languagesOffered()).as("%s", languages)
                    .isEqualTo(languages.stream().allMatch(reference::isOfferedLanguage));
        }
    }

    /** SELECT statements run so far on this test's connection (SHOW STATUS itself is not one). */
    private long selectsSoFar() {
        return jdbc.queryForObject("SHOW SESSION STATUS LIKE 'Com_select'", (row, i) -> row.getLong(2));
    }
}
