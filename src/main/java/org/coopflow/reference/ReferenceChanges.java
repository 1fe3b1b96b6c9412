package org.coopflow.reference;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.coopflow.identity.CurrentUser;
import org.coopflow.shared.Page;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The change log of reference data: every change an ADMIN makes, with the record before and after (JSON, as the
 * account audit keeps accounts), written in the transaction of the change; and the changes as an administrator reads
 * them — each line with the fields that changed, before and after, in the reader's language.
 */
@Service
public class ReferenceChanges {

    /** A field that changed: its label in the reader's language, its value before and after ("" for none). */
    public record FieldChange(String field, String before, String after) {
    }

    /** A change with its changed fields. */
    public record ChangeView(ReferenceChange change, List<FieldChange> fields) {
    }

    private final ReferenceAdminMapper mapper;
    private final ObjectMapper json;
    private final MessageSource messages;
    private final FieldLabels fields;
    private final Clock clock;

    ReferenceChanges(ReferenceAdminMapper mapper, ObjectMapper json, MessageSource messages, FieldLabels fields,
                     Clock clock) {
        this.mapper = mapper;
        this.json = json;
        this.messages = messages;
        this.fields = fields;
        this.clock = clock;
    }

    /** Writes a change (in the caller's transaction). */
    void record(ReferenceKind kind, String code, String action, Map<String, Object> before, Map<String, Object> after,
                CurrentUser actor, String address) {
        mapper.insertChange(kind.name(), code, actor.username(), action, write(before), write(after),
                address == null ? null : abbreviate(address), clock.instant());
    }

    /** Changes newest first: of one record (kind and code), of one kind, or all (nulls). */
    public Page<ChangeView> find(ReferenceKind kind, String code, int page, int size, Locale locale) {
        String k = kind == null ? null : kind.name();
        String c = code == null || code.isBlank() ? null : code;
        List<ChangeView> views = mapper.findChanges(k, c, (long) page * size, size).stream()
                .map(change -> view(change, locale)).toList();
        return new Page<>(views, page, size, mapper.countChanges(k, c));
    }

    /** The latest change of a record, or null. */
    ChangeView latest(ReferenceKind kind, String code, Locale locale) {
        return mapper.findChanges(kind.name(), code, 0, 1).stream().findFirst().map(c -> view(c, locale)).orElse(null);
    }

    ChangeView view(ReferenceChange change, Locale locale) {
        Map<String, String> before = flat(change.beforeState(), locale);
        Map<String, String> after = flat(change.afterState(), locale);
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<FieldChange> changed = new ArrayList<>();
        for (String field : keys) {
            String was = before.getOrDefault(field, "");
            String is = after.getOrDefault(field, "");
            if (!Objects.equals(was, is)) {
                changed.add(new FieldChange(fields.label(field, locale), was, is));
            }
        }
        return new ChangeView(change, changed);
    }

    private Map<String, String> flat(String state, Locale locale) {
        Map<String, String> flat = new LinkedHashMap<>();
        if (state == null) {
            return flat;
        }
        try {
            Map<String, Object> values = json.readValue(state, new TypeReference<LinkedHashMap<String, Object>>() {
            });
            values.forEach((key, value) -> {
                if (value instanceof Map<?, ?> nested) {
                    nested.forEach((k, v) -> flat.put(key + "." + k, text(key, v, locale)));
                } else {
                    flat.put(key, text(key, value, locale));
                }
            });
        } catch (JsonProcessingException unreadable) {
            flat.put("state", state);
        }
        return flat;
    }

    /** A value as the reader says it: codes as words (a country, a language, a sector …), yes and no. */
    private String text(String field, Object value, Locale locale) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean yes) {
            return messages.getMessage(yes ? "reference.value.yes" : "reference.value.no", null, locale);
        }
        if (value instanceof Collection<?> list) {
            return String.join(", ", list.stream().map(v -> text(field, v, locale)).toList());
        }
        String code = String.valueOf(value);
        String prefix = switch (field) {
            case "ministryType" -> "ministryType.";
            case "ownLanguage", "languages" -> "language.";
            case "sectors" -> "sector.";
            case "agency" -> "agency.";
            default -> null;
        };
        if ("countryCode".equals(field)) {
            return ReferenceData.countryName(code, locale);
        }
        return prefix == null ? code : messages.getMessage(prefix + code, null, code, locale);
    }

    private String write(Map<String, Object> state) {
        try {
            return state == null ? null : json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String address) {
        return address.length() <= 64 ? address : address.substring(0, 64);
    }
}
