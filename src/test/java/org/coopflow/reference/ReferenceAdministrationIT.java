package org.coopflow.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.coopflow.assignment.Assignments;
import org.coopflow.request.RequestMapper;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.RequestRows;
import org.coopflow.support.TestAccounts;
import org.coopflow.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The reference data pages (issue 14, Administration) on the real server, as the account pages are tested: only ADMIN
 * opens them and every action needs its CSRF token; bad input says why and changes nothing; a partner with requests in
 * flight is not deactivated; a sector added with its four names is offered on the request form at once and leaves it
 * when retired, its name staying on the old request; two administrators saving the same record — the second is told
 * who saved what; an expert made unavailable is no longer suggested; every change in reference_change with before and
 * after, readable on the changes page.
 */
class ReferenceAdministrationIT extends MariaDbIntegrationTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    RequestMapper requests;
    @Autowired
    Assignments assignments;

    @Test
    void onlyAdminsOpenTheReferencePagesAndEveryActionNeedsItsCsrfToken() {
        List<String> pages = List.of("/admin/partners", "/admin/partners/KH-MOI", "/admin/partners/new",
                "/admin/agencies", "/admin/agencies/MOIS", "/admin/experts", "/admin/experts/expert-mois",
                "/admin/lists/sectors", "/admin/lists/sectors/NATIONAL_ID", "/admin/lists/modalities",
                "/admin/lists/languages/km", "/admin/reference-changes");
        for (String other : List.of("manager", "intake", "partner-kh", "coord-mois", "expert-mois")) {
            WebSession session = new WebSession(rest).signedIn(other, "demo");
            for (String page : pages) {
                assertThat(session.get(page).getStatusCode().value()).as(other + " " + page).isEqualTo(403);
            }
            session.refreshCsrf();
            assertThat(session.postForm("/admin/lists/sectors/NATIONAL_ID/retire", new LinkedMultiValueMap<>())
                    .getStatusCode().value()).as(other).isEqualTo(403);
        }
        assertThat(jdbc.queryForObject("SELECT active FROM sector WHERE code = 'NATIONAL_ID'", Boolean.class)).isTrue();
        assertThat(new WebSession(rest).get("/admin/partners").getHeaders().getLocation().getPath())
                .isEqualTo("/login");

        WebSession admin = new WebSession(rest).signedIn("admin", "demo");
        for (String page : pages) {
            assertThat(admin.get(page).getStatusCode().value()).as(page).isEqualTo(200);
        }
        assertThat(admin.get("/admin/partners").getBody()).contains("KH-MOI", "Cambodia");
        assertThat(admin.get("/admin/agencies/MOIS").getBody()).contains("id=\"routes\"", "expert:MOIS",
                "coordinator:MOIS", "Han Ye-jin");
        assertThat(admin.get("/admin/partners/NO-SUCH-ORG").getStatusCode().value()).isEqualTo(404);
        assertThat(admin.get("/admin/agencies/KH-MOI").getStatusCode().value()).as("a partner is no agency")
                .isEqualTo(404);
        assertThat(admin.get("/admin/lists/colours").getStatusCode().value()).isEqualTo(404);

        // no CSRF token: refused, nothing changed
        ResponseEntity<String> forged = admin.exchange(HttpMethod.POST, "/admin/lists/sectors/NATIONAL_ID/retire",
                new LinkedMultiValueMap<String, String>(), MediaType.TEXT_HTML);
        assertThat(forged.getStatusCode().value()).isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT active FROM sector WHERE code = 'NATIONAL_ID'", Boolean.class)).isTrue();
    }

    @Test
    void aPartnerIsAddedWithItsGroupAndNotDeactivatedWhileRequestsAreInFlight() {
        WebSession admin = new WebSession(rest).signedIn("admin", "demo");
        String code = "FJ-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        admin.takeCsrf(admin.get("/admin/partners/new"));

        // bad input: every problem said, nothing saved
        ResponseEntity<String> refused = admin.postForm("/admin/partners/new", Map.of("code", "fj moi",
                "countryCode", "KR", "ministryType", "", "ownLanguage", "xx", "names[en]", "", "names[ko]", "내무부"));
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody()).contains("id=\"error-summary\"", "id=\"code-error\"", "id=\"countryCode-error\"",
                "id=\"ministryType-error\"", "id=\"ownLanguage-error\"", "id=\"name-en-error\"")
                .doesNotContain("id=\"name-ko-error\"").contains("value=\"내무부\"");
        assertThat(count("SELECT COUNT(*) FROM organisation WHERE code LIKE 'FJ%MOI%'")).isZero();
        admin.takeCsrf(refused);

        ResponseEntity<String> created = admin.postForm("/admin/partners/new", Map.of("code", code.toLowerCase(Locale.ROOT),
                "countryCode", "FJ", "ministryType", "INTERIOR", "ownLanguage", "en",
                "names[en]", "Ministry of Home Affairs", "names[ko]", "피지 내무부"));
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(302);
        assertThat(created.getHeaders().getLocation().getPath()).isEqualTo("/admin/partners/" + code);
        assertThat(jdbc.queryForMap("SELECT kind, country_code, ministry_type, active FROM organisation WHERE code = ?",
                code)).containsEntry("kind", "PARTNER").containsEntry("country_code", "FJ")
                .containsEntry("ministry_type", "INTERIOR").containsEntry("active", true);
        assertThat(count("SELECT COUNT(*) FROM app_group WHERE id = ? AND role = 'PARTNER'", "partner:" + code))
                .isEqualTo(1);
        // Fiji has no calendar of its own yet: UTC until an ADMIN sets its time zone (never none: deadlines need one)
        assertThat(jdbc.queryForObject("SELECT time_zone FROM organisation WHERE code = ?", String.class, code))
                .isEqualTo("UTC");
        Map<String, Object> audit = jdbc.queryForMap("SELECT actor, before_state, after_state FROM reference_change "
                + "WHERE kind = 'PARTNER' AND code = ? AND action = 'CREATED'", code);
        assertThat(audit.get("actor")).isEqualTo("admin");
        assertThat(audit.get("before_state")).isNull();
        assertThat((String) audit.get("after_state")).contains("Ministry of Home Affairs", "피지 내무부", "\"FJ\"");
        // the same code again: refused
        admin.takeCsrf(admin.get("/admin/partners/new"));
        ResponseEntity<String> again = admin.postForm("/admin/partners/new", Map.of("code", code, "countryCode", "FJ",
                "ministryType", "INTERIOR", "ownLanguage", "en", "names[en]", "Other", "names[ko]", "기타"));
        assertThat(again.getStatusCode().value()).isEqualTo(400);
        assertThat(again.getBody()).contains("id=\"code-error\"");

        // a request in flight: deactivation refused with the reason, the partner stays active
        Long request = RequestRows.insert(requests, code, "FJ", "NATIONAL_ID", "In flight", Instant.now());
        admin.takeCsrf(admin.get("/admin/partners/" + code));
        ResponseEntity<String> deactivate = admin.postForm("/admin/partners/" + code + "/deactivate",
                new LinkedMultiValueMap<>());
        assertThat(deactivate.getStatusCode().value()).isEqualTo(302);
        assertThat(admin.get("/admin/partners/" + code).getBody()).contains("requests are still in flight");
        assertThat(jdbc.queryForObject("SELECT active FROM organisation WHERE code = ?", Boolean.class, code)).isTrue();
        // its code and country are fixed now that a request has them
        admin.takeCsrf(admin.get("/admin/partners/" + code));
        ResponseEntity<String> recode = admin.postForm("/admin/partners/" + code, Map.of("code", code + "X",
                "countryCode", "FJ", "ministryType", "INTERIOR", "ownLanguage", "en",
                "names[en]", "Ministry of Home Affairs", "names[ko]", "피지 내무부"));
        assertThat(recode.getStatusCode().value()).isEqualTo(400);
        assertThat(recode.getBody()).contains("id=\"code-error\"");

        // once closed, it is deactivated; the change log says so, before and after
        jdbc.update("UPDATE cooperation_request SET status = 'COMPLETED' WHERE id = ?", request);
        admin.takeCsrf(admin.get("/admin/partners/" + code));
        admin.postForm("/admin/partners/" + code + "/deactivate", new LinkedMultiValueMap<>());
        assertThat(jdbc.queryForObject("SELECT active FROM organisation WHERE code = ?", Boolean.class, code)).isFalse();
        assertThat(jdbc.queryForObject("SELECT after_state FROM reference_change WHERE code = ? AND action = 'DEACTIVATED'",
                String.class, code)).contains("\"active\":false");
        assertThat(admin.get("/admin/reference-changes?kind=PARTNER&code=" + code).getBody())
                .contains("Deactivated", "Added", code);
    }

    @Test
    void anAgencyIsAddedWithItsGroupsAndOneTheRoutingModelStillUsesIsNotDeactivated() {
        WebSession admin = new WebSession(rest).signedIn("admin", "demo");
        String code = "IT" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT).replace('-', 'X');
        admin.takeCsrf(admin.get("/admin/agencies/new"));
        ResponseEntity<String> created = admin.postForm("/admin/agencies/new", Map.of("code", code,
                "names[en]", "Korea Water Resources Corporation " + code, "names[ko]", "한국수자원공사 " + code,
                "names[es]", "Corporación Coreana de Recursos Hídricos " + code,
                "names[fr]", "Société coréenne des ressources en eau " + code));
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(302);
        assertThat(jdbc.queryForList("SELECT id FROM app_group WHERE organisation_code = ? ORDER BY id", String.class,
                code)).containsExactly("coordinator:" + code, "expert:" + code);
        assertThat(jdbc.queryForMap("SELECT country_code, time_zone FROM organisation WHERE code = ?", code))
                .containsEntry("country_code", "KR").containsEntry("time_zone", "Asia/Seoul");
        String page = admin.get("/admin/agencies/" + code + "?lang=fr").getBody();
        assertThat(page).contains("Société coréenne des ressources en eau " + code,
                "Le modèle d&#39;orientation n&#39;envoie aucun secteur à cette agence.");

        // MOIS leads sectors in the routing model: refused, said why, still active
        admin.takeCsrf(admin.get("/admin/agencies/MOIS?lang=en"));
        admin.postForm("/admin/agencies/MOIS/deactivate", new LinkedMultiValueMap<>());
        assertThat(admin.get("/admin/agencies/MOIS").getBody()).contains("the routing model still sends");
        assertThat(jdbc.queryForObject("SELECT active FROM organisation WHERE code = 'MOIS'", Boolean.class)).isTrue();
        assertThat(count("SELECT COUNT(*) FROM reference_change WHERE kind = 'AGENCY' AND code = 'MOIS'")).isZero();
    }

    @Test
    void aSectorAddedWithItsFourNamesIsOfferedAtOnceAndLeavesTheFormWhenRetired() {
        WebSession admin = new WebSession(rest).signedIn("admin", "demo");
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        String code = "IT_SECTOR_" + suffix;
        admin.takeCsrf(admin.get("/admin/lists/sectors/new"));

        // a missing Korean name: refused, nothing added
        MultiValueMap<String, String> form = sector(code, "Water management " + suffix, "", "Gestión del agua " + suffix,
                "Gestion de l'eau " + suffix);
        ResponseEntity<String> refused = admin.postForm("/admin/lists/sectors/new", form);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody()).contains("id=\"name-ko-error\"");
        assertThat(count("SELECT COUNT(*) FROM sector WHERE code = ?", code)).isZero();
        admin.takeCsrf(refused);

        ResponseEntity<String> created = admin.postForm("/admin/lists/sectors/new",
                sector(code, "Water management " + suffix, "물 관리 " + suffix, "Gestión del agua " + suffix,
                        "Gestion de l'eau " + suffix));
        assertThat(created.getStatusCode().value()).as(created.getBody()).isEqualTo(302);
        WebSession partner = new WebSession(rest).signedIn("partner-kh", "demo");
        assertThat(partner.get("/requests/new?lang=es").getBody()).contains("value=\"" + code + "\"",
                "Gestión del agua " + suffix);
        assertThat(partner.get("/requests/new?lang=ko").getBody()).contains("물 관리 " + suffix);

        // used by a request, then retired: gone from the form, its name still on the request
        Long request = RequestRows.insert(requests, "KH-MOI", "KH", code, "Water for Phnom Penh", Instant.now());
        admin.takeCsrf(admin.get("/admin/lists/sectors/" + code));
        admin.postForm("/admin/lists/sectors/" + code + "/retire", new LinkedMultiValueMap<>());
        assertThat(jdbc.queryForObject("SELECT active FROM sector WHERE code = ?", Boolean.class, code)).isFalse();
        assertThat(partner.get("/requests/new?lang=es").getBody()).doesNotContain("value=\"" + code + "\"");
        assertThat(partner.get("/requests/" + request + "?lang=es").getBody()).contains("Gestión del agua " + suffix);
        assertThat(jdbc.queryForObject("SELECT after_state FROM reference_change WHERE kind = 'SECTOR' AND code = ? "
                + "AND action = 'RETIRED'", String.class, code)).contains("\"active\":false");
        assertThat(jdbc.queryForObject("SELECT before_state FROM reference_change WHERE kind = 'SECTOR' AND code = ? "
                + "AND action = 'RETIRED'", String.class, code)).contains("\"active\":true");
    }

    @Test
    void twoAdministratorsSavingTheSameRecordTheSecondIsToldWhoSavedWhat() {
        String code = "IT_MODALITY_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        WebSession first = new WebSession(rest).signedIn("admin", "demo");
        first.takeCsrf(first.get("/admin/lists/modalities/new"));
        MultiValueMap<String, String> created = sector(code, "Peer review", "동료 검토", "Revisión por pares",
                "Revue par les pairs");
        created.remove("descriptions[en]");
        assertThat(first.postForm("/admin/lists/modalities/new", created).getStatusCode().value()).isEqualTo(302);
        int version = jdbc.queryForObject("SELECT version FROM modality WHERE code = ?", Integer.class, code);

        // both open the page at the same version; the first saves, the second saves after
        WebSession second = new WebSession(rest).signedIn("admin", "demo");
        first.takeCsrf(first.get("/admin/lists/modalities/" + code));
        second.takeCsrf(second.get("/admin/lists/modalities/" + code));
        MultiValueMap<String, String> firstSave = sector(code, "Peer review visit", "동료 검토", "Revisión por pares",
                "Revue par les pairs");
        firstSave.add("version", String.valueOf(version));
        assertThat(first.postForm("/admin/lists/modalities/" + code, firstSave).getStatusCode().value()).isEqualTo(302);
        MultiValueMap<String, String> secondSave = sector(code, "Peer learning", "동료 학습", "Revisión por pares",
                "Revue par les pairs");
        secondSave.add("version", String.valueOf(version));
        ResponseEntity<String> conflict = second.postForm("/admin/lists/modalities/" + code, secondSave);
        assertThat(conflict.getStatusCode().value()).isEqualTo(409);
        assertThat(conflict.getBody()).contains("admin saved this record at", "id=\"meanwhile\"", "Peer review visit",
                "value=\"Peer learning\"");
        assertThat(jdbc.queryForObject("SELECT name FROM reference_name WHERE kind = 'MODALITY' AND code = ? "
                + "AND locale = 'en'", String.class, code)).isEqualTo("Peer review visit");
        // saved again on purpose, from the refused page (it carries the new version): accepted
        second.takeCsrf(conflict);
        secondSave.set("version", String.valueOf(version + 1));
        assertThat(second.postForm("/admin/lists/modalities/" + code, secondSave).getStatusCode().value())
                .isEqualTo(302);
        assertThat(jdbc.queryForObject("SELECT name FROM reference_name WHERE kind = 'MODALITY' AND code = ? "
                + "AND locale = 'ko'", String.class, code)).isEqualTo("동료 학습");
        assertThat(count("SELECT COUNT(*) FROM reference_change WHERE kind = 'MODALITY' AND code = ?", code))
                .isEqualTo(3);
    }

    @Test
    void anExpertRegisteredHereIsSuggestedAndNoLongerWhenMadeUnavailable() {
        String username = TestAccounts.create(jdbc, passwords, "expert", "MOLEG", "expert:MOLEG");
        WebSession admin = new WebSession(rest).signedIn("admin", "demo");
        assertThat(admin.get("/admin/experts/new").getBody()).contains(username);
        admin.takeCsrf(admin.get("/admin/experts/new?username=" + username));

        MultiValueMap<String, String> bad = expert(username, "MOIS", "0");
        ResponseEntity<String> refused = admin.postForm("/admin/experts/new", bad);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody()).contains("id=\"agencyCode-error\"", "id=\"maxLoad-error\"");
        assertThat(count("SELECT COUNT(*) FROM expert WHERE username = ?", username)).isZero();
        admin.takeCsrf(refused);

        assertThat(admin.postForm("/admin/experts/new", expert(username, "MOLEG", "2")).getStatusCode().value())
                .isEqualTo(302);
        assertThat(assignments.suggest("MOLEG", "EGOV_LEGAL_FRAMEWORK", Set.of("km")))
                .extracting(s -> s.expert().username()).contains(username);
        assertThat(admin.get("/admin/experts?agency=MOLEG").getBody()).contains(username, "0 of 2");

        admin.takeCsrf(admin.get("/admin/experts/" + username));
        assertThat(admin.postForm("/admin/experts/" + username + "/unavailable", new LinkedMultiValueMap<>())
                .getStatusCode().value()).isEqualTo(302);
        assertThat(assignments.suggest("MOLEG", "EGOV_LEGAL_FRAMEWORK", Set.of("km")))
                .extracting(s -> s.expert().username()).doesNotContain(username);
        assertThat(jdbc.queryForObject("SELECT after_state FROM reference_change WHERE kind = 'EXPERT' AND code = ? "
                + "AND action = 'UNAVAILABLE'", String.class, username)).contains("\"available\":false");
        assertThat(admin.get("/admin/reference-changes?kind=EXPERT").getBody()).contains(username, "Made unavailable");
    }

    private static MultiValueMap<String, String> sector(String code, String en, String ko, String es, String fr) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("code", code);
        form.add("sortOrder", "500");
        form.add("names[en]", en);
        form.add("names[ko]", ko);
        form.add("names[es]", es);
        form.add("names[fr]", fr);
        form.add("descriptions[en]", en + ": networks, treatment and supply.");
        form.add("descriptions[ko]", ko + ": 상하수도망, 정수, 공급.");
        form.add("descriptions[es]", es + ": redes, tratamiento y suministro.");
        form.add("descriptions[fr]", fr + " : réseaux, traitement et distribution.");
        return form;
    }

    private static MultiValueMap<String, String> expert(String username, String agency, String maxLoad) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", username);
        form.add("agencyCode", agency);
        form.add("title", "Legislative counsellor");
        form.add("sectors", "EGOV_LEGAL_FRAMEWORK");
        form.add("languages", "en");
        form.add("languages", "km");
        form.add("maxLoad", maxLoad);
        return form;
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
