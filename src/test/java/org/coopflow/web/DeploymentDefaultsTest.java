package org.coopflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * What a deployment gets without asking: the Docker image runs the mysql profile and carries no demo accounts;
 * docker-compose takes every secret from the environment (no fallback value) and does not publish the database; and
 * no page template runs an inline script (the Content-Security-Policy refuses them).
 */
class DeploymentDefaultsTest {

    @Test
    void theImageStartsTheProductionProfileWithoutDemoAccounts() throws IOException {
        String dockerfile = Files.readString(Path.of("Dockerfile"));
        assertThat(dockerfile).contains("ENV SPRING_PROFILES_ACTIVE=mysql");
        assertThat(dockerfile).contains("rm -rf src/main/resources/db/demo");
    }

    @Test
    void composeRequiresTheSecretsAndKeepsTheDatabaseInside() throws IOException {
        String compose = Files.readString(Path.of("docker-compose.yml"));
        for (String secret : List.of("MYSQL_PASSWORD", "MYSQL_ROOT_PASSWORD", "COOPFLOW_SECRET_KEY")) {
            assertThat(compose).contains("${" + secret + ":?").doesNotContain("${" + secret + ":-");
        }
        String mysql = compose.substring(compose.indexOf("  mysql:"), compose.indexOf("  mailpit:"));
        assertThat(mysql).doesNotContain("ports:").doesNotContain("3306:3306");
    }

    @Test
    void noTemplateRunsAnInlineScript() throws IOException {
        Pattern inlineScript = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
        Pattern handler = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                String html = Files.readString(template);
                Matcher script = inlineScript.matcher(html);
                assertThat(script.find()).as("inline <script> in %s", template).isFalse();
                assertThat(handler.matcher(html).find()).as("inline event handler in %s", template).isFalse();
                assertThat(html).as("javascript: URL in %s", template).doesNotContain("javascript:");
            }
        }
    }
}
