package org.coopflow.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.coopflow.support.MariaDbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** ReferenceMapper on MariaDB: the sectors and Korean agencies seeded by V4 (PROCESS.md), read only. */
class ReferenceMapperIT extends MariaDbIntegrationTest {

    static final List<String> SECTORS = List.of("CIVIL_REGISTRATION", "NATIONAL_ID", "ELECTION_MANAGEMENT",
            "ONLINE_CIVIL_SERVICES", "PUBLIC_INFORMATION_SHARING", "LOCAL_GOVERNMENT_SYSTEM", "EGOV_LEGAL_FRAMEWORK",
            "ELECTRONIC_CUSTOMS", "NATIONAL_ARCHIVES", "INTELLIGENT_TRANSPORT", "SMART_CITY", "DISASTER_MANAGEMENT",
            "EMPLOYMENT_INFORMATION", "NATIONAL_LAND_INFORMATION", "PUBLIC_HEALTH", "OTHER");

    static final List<String> AGENCIES = List.of("BUSAN", "KCS", "KEIS", "KOMSCO", "MOE", "MOEL", "MOHW", "MOIS",
            "MOLEG", "MOLIT", "NAK", "NEC", "NIA", "SMG");

    static final List<String> DEMO_PARTNERS = List.of("CR-MICITT", "GT-MINGOB", "KH-MOI", "VN-MOHA");

    @Autowired
    ReferenceMapper mapper;

    @Autowired
    ReferenceAdminMapper adminMapper;

    @Test
    void theAccountsOfEveryOrganisationCountedAtOnceAsOneByOne() {
        List<ReferenceAdminMapper.AccountCount> counts = adminMapper.countAccountsByOrganisation();

        assertThat(counts).extracting(ReferenceAdminMapper.AccountCount::organisationCode).contains("KH-MOI", "MOIS");
        assertThat(counts).allSatisfy(count -> assertThat(count.accounts())
                .isPositive().isEqualTo(adminMapper.countAccounts(count.organisationCode())));
    }

    @Test
    void sixteenSectorsInDisplayOrderWithOtherLast() {
        // the seeded ones (other tests add sectors of their own)
        List<Sector> sectors = mapper.findSectors().stream().filter(s -> SECTORS.contains(s.code())).toList();

        assertThat(sectors).hasSize(16);
        assertThat(sectors).extracting(Sector::code).containsExactlyElementsOf(SECTORS);
        assertThat(sectors).extracting(Sector::sortOrder).isSorted().doesNotHaveDuplicates();
        assertThat(sectors).allSatisfy(s -> {
            assertThat(s.name()).isNotBlank();
            assertThat(s.description()).isNotBlank();
        });
        assertThat(sectors.get(15)).isEqualTo(new Sector("OTHER", "Anything else",
                "Another topic: the international cooperation desk chooses the agencies at screening.", 999, true));
    }

    @Test
    void oneSectorByCode() {
        assertThat(mapper.findSector("NATIONAL_ID")).isEqualTo(new Sector("NATIONAL_ID", "National ID cards",
                "Issuing and securing national identity cards, from enrolment to card production.", 20, true));
        assertThat(mapper.findSector("SMART_CITY").name())
                .isEqualTo("Smart city (urban development, safety, transport, water)");
        assertThat(mapper.findSector("NO_SUCH_SECTOR")).isNull();
    }

    @Test
    void fourteenKoreanAgenciesByCode() {
        // the seeded ones (an ADMIN may add agencies: ReferenceAdministrationIT does)
        List<Organisation> agencies = mapper.findOrganisations(Organisation.AGENCY).stream()
                .filter(a -> AGENCIES.contains(a.code())).toList();

        assertThat(agencies).hasSize(14);
        assertThat(agencies).extracting(Organisation::code).containsExactlyElementsOf(AGENCIES);
        assertThat(agencies).allSatisfy(a -> {
            assertThat(a.kind()).isEqualTo(Organisation.AGENCY);
            assertThat(a.countryCode()).isEqualTo("KR");
            assertThat(a.countryName()).isEqualTo("Republic of Korea");
            assertThat(a.active()).isTrue();
        });
    }

    @Test
    void oneOrganisationByCode() {
        assertThat(mapper.findOrganisation("KOMSCO")).isEqualTo(new Organisation("KOMSCO", "AGENCY",
                "Korea Minting, Security Printing & ID Card Operating Corporation (KOMSCO)", "KR", "Republic of Korea", true));
        assertThat(mapper.findOrganisation("MOIS").name()).isEqualTo("Ministry of the Interior and Safety (MOIS)");
        assertThat(mapper.findOrganisation("NO-SUCH-ORG")).isNull();
    }

    @Test
    void demoPartnersAreOrganisationsOfKindPartner() {
        assertThat(mapper.findOrganisation("KH-MOI")).isEqualTo(new Organisation("KH-MOI", "PARTNER",
                "Ministry of Interior", "KH", "Cambodia", true));
        assertThat(mapper.findOrganisation("GT-MINGOB").countryName()).isEqualTo("Guatemala");

        List<Organisation> partners = mapper.findOrganisations(Organisation.PARTNER);
        assertThat(partners).extracting(Organisation::code)
                .contains("KH-MOI", "GT-MINGOB", "VN-MOHA", "CR-MICITT")
                .doesNotContainAnyElementsOf(AGENCIES);
        assertThat(partners.stream().map(Organisation::code).filter(DEMO_PARTNERS::contains).toList())
                .containsExactly("CR-MICITT", "GT-MINGOB", "KH-MOI", "VN-MOHA");
        assertThat(partners).allSatisfy(p -> assertThat(p.kind()).isEqualTo(Organisation.PARTNER));
    }

    @Test
    void withoutKindEveryOrganisationSortedByCode() {
        List<Organisation> all = mapper.findOrganisations(null);

        assertThat(all).extracting(Organisation::code).containsAll(AGENCIES).containsAll(DEMO_PARTNERS);
        assertThat(all.stream().map(Organisation::code).filter(c -> AGENCIES.contains(c) || DEMO_PARTNERS.contains(c)))
                .containsExactly("BUSAN", "CR-MICITT", "GT-MINGOB", "KCS", "KEIS", "KH-MOI", "KOMSCO", "MOE", "MOEL",
                        "MOHW", "MOIS", "MOLEG", "MOLIT", "NAK", "NEC", "NIA", "SMG", "VN-MOHA");
    }
}
