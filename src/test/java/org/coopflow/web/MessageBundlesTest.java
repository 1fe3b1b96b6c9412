package org.coopflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every text exists in every language the language switch offers: no page falls back half-way to English. */
class MessageBundlesTest {

    private static final String[] BUNDLES = {"messages", "i18n/web", "i18n/requests", "i18n/tasks", "i18n/forms",
            "i18n/reference", "i18n/dashboard", "i18n/calendar", "i18n/audit", "i18n/operations", "i18n/accounts",
            "i18n/deadlines", "i18n/obligations", "i18n/countries", "i18n/inbox"};
    private static final String[] LANGUAGES = {"ko", "es", "fr"};

    static Stream<Arguments> bundlesAndLanguages() {
        return Stream.of(BUNDLES).filter(b -> resource(b + ".properties") != null)
                .flatMap(b -> Stream.of(LANGUAGES).map(l -> Arguments.of(b, l)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("bundlesAndLanguages")
    void everyKeyIsTranslated(String bundle, String language) throws IOException {
        Set<String> english = keys(bundle + ".properties");
        Set<String> translated = keys(bundle + "_" + language + ".properties");

        assertThat(translated).as("%s_%s keys", bundle, language).containsExactlyInAnyOrderElementsOf(english);
    }

    private static Set<String> keys(String path) throws IOException {
        try (InputStream in = resource(path)) {
            assertThat(in).as(path).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new TreeSet<>(properties.stringPropertyNames());
        }
    }

    private static InputStream resource(String path) {
        return MessageBundlesTest.class.getClassLoader().getResourceAsStream(path);
    }
}
