package org.coopflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;

import org.coopflow.support.Browser;
import org.coopflow.support.MariaDbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Journey (issue 14, Administration): an administrator adds a sector in the browser with its names in English, Korean,
 * Spanish and French; a partner then finds it on the request form in Spanish, with its Spanish name and explanation.
 * Every page under the Content-Security-Policy.
 */
class ReferenceJourneyIT extends MariaDbIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void anAdministratorAddsASectorThatAPartnerThenSeesOnTheRequestFormInSpanish() {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        String code = "JOURNEY_" + suffix;
        try (Browser admin = Browser.start(port, "en")) {
            admin.signIn("admin");
            admin.open("/admin/reference");
            assertThat(admin.path()).isEqualTo("/admin/partners");
            admin.clickAndWait(By.linkText("Sectors"));
            admin.clickAndWait(By.id("add"));
            admin.type(By.id("code"), code)
                    .type(By.id("name-en"), "Water management " + suffix)
                    .type(By.id("description-en"), "Water networks, treatment and supply.")
                    .type(By.id("name-ko"), "물 관리 " + suffix)
                    .type(By.id("description-ko"), "상하수도망, 정수 처리, 물 공급.")
                    .type(By.id("name-es"), "Gestión del agua " + suffix)
                    .type(By.id("description-es"), "Redes de agua, tratamiento y suministro.")
                    .type(By.id("name-fr"), "Gestion de l'eau " + suffix)
                    .type(By.id("description-fr"), "Réseaux d'eau, traitement et distribution.");
            admin.clickAndWait(By.id("save"));
            assertThat(admin.path()).isEqualTo("/admin/lists/sectors/" + code);
            assertThat(admin.text(By.id("notice"))).contains(code);
            assertThat(admin.text(By.id("changes"))).contains("Added", "Gestión del agua " + suffix);
            admin.screenshot("reference-sector-added");
        }

        try (Browser partner = Browser.start(port, "es")) {
            partner.signIn("partner-kh");
            partner.open("/requests/new?lang=es");
            By choice = By.cssSelector("input[name=sector][value='" + code + "']");
            partner.find(choice);
            assertThat(partner.find(By.xpath("//input[@name='sector'][@value='" + code + "']/following-sibling::span"))
                    .getText()).contains("Gestión del agua " + suffix, "Redes de agua, tratamiento y suministro.");
            partner.screenshot("reference-sector-on-form-es");
        }
    }
}
