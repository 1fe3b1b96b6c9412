package org.coopflow.form;

import java.util.List;
import java.util.Optional;

public record FormDefinition(String id, List<FormField> fields) {

    public Optional<FormField> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }
}
