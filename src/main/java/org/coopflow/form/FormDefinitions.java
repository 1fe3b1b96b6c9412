package org.coopflow.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The Camunda Forms under bpmn/forms, read once at start-up (they are deployed from the same files, so
 * every node of a cluster reads the same definitions).
 */
@Component
public class FormDefinitions {

    private final Map<String, FormDefinition> forms;

    FormDefinitions(ObjectMapper json) {
        this.forms = load(json);
    }

    public Optional<FormDefinition> find(String formId) {
        return Optional.ofNullable(formId == null ? null : forms.get(formId));
    }

    private static Map<String, FormDefinition> load(ObjectMapper json) {
        Map<String, FormDefinition> loaded = new HashMap<>();
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:bpmn/forms/*.form");
            for (Resource resource : resources) {
                try (InputStream in = resource.getInputStream()) {
                    FormDefinition form = parse(json.readTree(in));
                    loaded.put(form.id(), form);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the forms under bpmn/forms", e);
        }
        return Map.copyOf(loaded);
    }

    static FormDefinition parse(JsonNode root) {
        List<FormField> fields = new ArrayList<>();
        collect(root.path("components"), fields);
        return new FormDefinition(root.path("id").asText(), List.copyOf(fields));
    }

    private static void collect(JsonNode components, List<FormField> fields) {
        for (JsonNode c : components) {
            if (FormField.LIST.equals(c.path("type").asText())) {
                fields.add(list(c));
                continue;
            }
            if (c.has("components")) {
                collect(c.path("components"), fields); // groups
            }
            if (!c.hasNonNull("key")) {
                continue; // text, spacer and other display-only components
            }
            List<FormOption> options = new ArrayList<>();
            for (JsonNode v : c.path("values")) {
                options.add(new FormOption(v.path("value").asText(), v.path("label").asText()));
            }
            JsonNode validate = c.path("validate");
            fields.add(new FormField(c.path("key").asText(), c.path("type").asText(),
                    text(c, "subtype"), c.path("label").asText(c.path("key").asText()), text(c, "description"),
                    validate.path("required").asBoolean(false), text(c.path("properties"), "requiredWhen"),
                    validate.has("maxLength") ? validate.path("maxLength").asInt() : null, List.copyOf(options),
                    text(c, "valuesKey"), List.of(), null));
        }
    }

    /** A list of rows (Camunda Forms' dynamic list): its path is the field's key, its components each row's fields. */
    private static FormField list(JsonNode c) {
        List<FormField> columns = new ArrayList<>();
        collect(c.path("components"), columns);
        JsonNode validate = c.path("validate");
        return new FormField(c.path("path").asText(), FormField.LIST, null, c.path("label").asText(),
                text(c, "description"), validate.path("required").asBoolean(false), null, null, List.of(), null,
                List.copyOf(columns), text(c.path("properties"), "rowLabel"));
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.path(field).asText() : null;
    }
}
