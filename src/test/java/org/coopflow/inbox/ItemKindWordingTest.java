package org.coopflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * Every kind of item reads in every language — the retired ones too, so that items an older release wrote (the
 * inbox's own deadline notices, the screening's and the MOU review's overdue notices) still read — and the ladder's and
 * the extensions' codes have words of their own.
 */
class ItemKindWordingTest {

    private static final List<String> LANGUAGES = List.of("", "_ko", "_es", "_fr");

    @Test
    void everyKindRetiredOrNotHasWordsInEveryLanguage() {
        for (String language : LANGUAGES) {
            Properties words = bundle(language);
            for (ItemKind kind : ItemKind.values()) {
                assertThat(words.getProperty("inbox.item." + kind.name())).as("%s%s", kind, language).isNotBlank();
            }
            for (String coded : List.of("STEP_REMINDED.SHARE", "STEP_REMINDED.DUE", "EXTENSION_DECIDED.GRANTED",
                    "EXTENSION_DECIDED.REFUSED")) {
                assertThat(words.getProperty("inbox.item." + coded)).as("%s%s", coded, language).isNotBlank();
            }
        }
    }

    @Test
    void theLaddersNewsLeadsToTheStepAndAnEscalationToThePendingSteps() {
        assertThat(List.of(ItemKind.STEP_REMINDED, ItemKind.EXTENSION_REQUESTED, ItemKind.EXTENSION_DECIDED,
                ItemKind.SUBSTITUTE_OFFERED)).allSatisfy(kind -> assertThat(kind.aboutStep()).isTrue());
        assertThat(ItemKind.STEP_ESCALATED.aboutStep()).isFalse();
        assertThat(ItemKind.STEP_ESCALATED.anchor()).isEqualTo("pending");
    }

    @Test
    void theRegistersNewsLeadsToTheObligationOrTheMouAndReadsAsADate() {
        assertThat(List.of(ItemKind.OBLIGATION_REMINDED, ItemKind.OBLIGATION_OVERDUE))
                .allSatisfy(kind -> assertThat(kind.aboutObligation()).isTrue());
        assertThat(List.of(ItemKind.MOU_RENEWAL_DUE, ItemKind.MOU_EXPIRY_NEAR, ItemKind.MOU_EXPIRED))
                .allSatisfy(kind -> assertThat(kind.anchor()).isEqualTo("mou"));
        assertThat(ItemKind.values()).filteredOn(ItemKind::dated).hasSize(5);
        assertThat(ItemKind.STEP_REMINDED.dated()).isFalse();
    }

    private static Properties bundle(String language) {
        Properties properties = new Properties();
        try (InputStream in = ItemKindWordingTest.class.getResourceAsStream("/i18n/inbox" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
