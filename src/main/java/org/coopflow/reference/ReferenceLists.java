package org.coopflow.reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.coopflow.identity.CurrentUser;
import org.coopflow.shared.ConflictException;
import org.coopflow.shared.InvalidInputException;
import org.coopflow.shared.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The lists the request form offers — sectors (with a short explanation), modalities, working languages — as an ADMIN
 * keeps them: add a code with its names in the four page languages, rename it, move it in the list, retire it (it
 * stays readable on the requests that have it and disappears from the forms) or offer it again. A code nobody uses
 * yet may still be corrected; once used it is fixed. Every change is in the change log, with before and after.
 */
@Service
public class ReferenceLists {

    /** A line of a list's page. */
    public record ListRow(String code, String name, String description, int sortOrder, boolean active,
                          SectorRoutes.Route route) {
    }

    /** A code with everything its page shows. */
    public record Entry(ReferenceKind kind, ListItem item, Map<String, String> names,
                        Map<String, String> descriptions, List<ReferenceUsage.Use> uses, boolean fixed,
                        SectorRoutes.Route route) {
    }

    private static final Pattern UPPER_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2}");
    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

    private final ReferenceMapper reference;
    private final ReferenceAdminMapper mapper;
    private final ReferenceNames names;
    private final ReferenceChanges changes;
    private final ReferenceUses uses;
    private final TransactionTemplate transaction;

    ReferenceLists(ReferenceMapper reference, ReferenceAdminMapper mapper, ReferenceNames names,
                   ReferenceChanges changes, ReferenceUses uses, PlatformTransactionManager transactions) {
        this.reference = reference;
        this.mapper = mapper;
        this.names = names;
        this.changes = changes;
        this.uses = uses;
        this.transaction = new TransactionTemplate(transactions);
    }

    public List<ListRow> list(CurrentUser admin, ReferenceKind kind, Locale locale) {
        AdminRules.requireAdmin(admin);
        List<ListItem> items = reference.findListItems(requireList(kind).name(), false);
        Map<String, SectorRoutes.Route> routes = kind == ReferenceKind.SECTOR
                ? uses.routes(items.stream().map(ListItem::code).toList()) : Map.of();
        return items.stream().map(i -> new ListRow(i.code(), names.name(kind, i.code(), locale).orElse(i.code()),
                names.description(kind, i.code(), locale).orElse(null), i.sortOrder(), i.active(),
                routes.get(i.code()))).toList();
    }

    public Entry entry(CurrentUser admin, ReferenceKind kind, String code) {
        AdminRules.requireAdmin(admin);
        ListItem item = existing(kind, code);
        ReferenceUses.Uses used = uses.of(kind, code);
        SectorRoutes.Route route = kind == ReferenceKind.SECTOR ? uses.routes(List.of(code)).get(code) : null;
        return new Entry(kind, item, names.namesOf(kind, code), names.descriptionsOf(kind, code), used.uses(),
                used.any(), route);
    }

    /** Adds a code, offered at once on every form; returns it. */
    public String create(CurrentUser admin, ReferenceKind kind, ListForm form, String address) {
        AdminRules.requireAdmin(admin);
        requireList(kind);
        Map<String, String> errors = new LinkedHashMap<>();
        String code = code(kind, form.getCode(), errors);
        if (!errors.containsKey("code") && reference.findListItem(kind.name(), code) != null) {
            errors.put("code", "reference.error.codeTaken");
        }
        Texts texts = texts(kind, form, null, errors);
        int sortOrder = sortOrder(form, errors);
        AdminRules.failOn(errors);
        try {
            transaction.executeWithoutResult(status -> {
                if (kind == ReferenceKind.SECTOR) {
                    mapper.insertSector(code, texts.names().get("en"), texts.descriptions().get("en"), sortOrder);
                } else {
                    mapper.insertListItem(kind.name(), code, sortOrder);
                }
                writeNames(kind, code, texts);
                changes.record(kind, code, "CREATED", null, snapshot(kind, code), admin, address);
                names.changed();
            });
        } catch (DuplicateKeyException taken) {
            throw new InvalidInputException("code", "reference.error.codeTaken");
        }
        return code;
    }

    /** Renames, moves and (while unused) recodes a code; returns its code afterwards. */
    public String update(CurrentUser admin, ReferenceKind kind, String code, ListForm form, String address) {
        AdminRules.requireAdmin(admin);
        ListItem item = existing(kind, code);
        Map<String, String> errors = new LinkedHashMap<>();
        String newCode = form.getCode() == null || form.getCode().isBlank() ? code : code(kind, form.getCode(), errors);
        if (!newCode.equals(code) && !errors.containsKey("code")) {
            if (uses.of(kind, code).any()) {
                errors.put("code", "reference.error.codeFixed");
            } else if (reference.findListItem(kind.name(), newCode) != null) {
                errors.put("code", "reference.error.codeTaken");
            }
        }
        Texts texts = texts(kind, form, code, errors);
        int sortOrder = sortOrder(form, errors);
        AdminRules.failOn(errors);
        int version = form.getVersion() == null ? item.version() : form.getVersion();
        Map<String, Object> before = snapshot(kind, code);
        transaction.executeWithoutResult(status -> {
            AdminRules.requireUpdated(mapper.updateListItem(kind.name(), code, newCode, sortOrder, version));
            if (kind == ReferenceKind.SECTOR) {
                mapper.updateSectorEnglish(newCode, texts.names().get("en"), texts.descriptions().get("en"));
            }
            mapper.deleteNames(kind.name(), code);
            writeNames(kind, newCode, texts);
            if (!newCode.equals(code)) {
                mapper.moveChanges(kind.name(), code, newCode);
            }
            changes.record(kind, newCode, "UPDATED", before, snapshot(kind, newCode), admin, address);
            names.changed();
        });
        return newCode;
    }

    /** Retires a code (no longer offered; still named wherever it was used) or offers it again. */
    public void setActive(CurrentUser admin, ReferenceKind kind, String code, boolean active, Integer version,
                          String address) {
        AdminRules.requireAdmin(admin);
        ListItem item = existing(kind, code);
        if (item.active() == active && (version == null || version == item.version())) {
            return; // already so (a second click)
        }
        if (!active && item.active() && mapper.countActive(kind.name()) <= 1) {
            throw new ConflictException("reference.error.lastOffered");
        }
        Map<String, Object> before = snapshot(kind, code);
        transaction.executeWithoutResult(status -> {
            AdminRules.requireUpdated(mapper.setListItemActive(kind.name(), code, active,
                    version == null ? item.version() : version));
            changes.record(kind, code, active ? "REINSTATED" : "RETIRED", before, snapshot(kind, code), admin,
                    address);
            names.changed();
        });
    }

    /** The names (and explanations) typed, checked: all four page languages, none another code's name already. */
    private record Texts(Map<String, String> names, Map<String, String> descriptions) {
    }

    private Texts texts(ReferenceKind kind, ListForm form, String code, Map<String, String> errors) {
        Map<String, String> typedNames = new LinkedHashMap<>();
        Map<String, String> typedDescriptions = new LinkedHashMap<>();
        // the names the other codes of the list have now, by language
        Map<String, List<String>> taken = new LinkedHashMap<>();
        for (ReferenceMapper.NameRow row : reference.findAllNames()) {
            if (row.kind().equals(kind.name()) && !row.code().equals(code)) {
                taken.computeIfAbsent(row.locale(), l -> new ArrayList<>()).add(row.name());
            }
        }
        for (String language : ReferenceNames.PAGE_LANGUAGES) {
            String name = AdminRules.text(form.getNames().get(language), AdminRules.NAME_MAX, "name." + language,
                    errors);
            typedNames.put(language, name);
            if (!name.isEmpty() && taken.getOrDefault(language, List.of()).stream().anyMatch(name::equalsIgnoreCase)) {
                errors.putIfAbsent("name." + language, "reference.error.nameTaken");
            }
            if (kind == ReferenceKind.SECTOR) {
                typedDescriptions.put(language, AdminRules.text(form.getDescriptions().get(language),
                        AdminRules.DESCRIPTION_MAX, "description." + language, errors));
            }
        }
        return new Texts(typedNames, typedDescriptions);
    }

    private void writeNames(ReferenceKind kind, String code, Texts texts) {
        texts.names().forEach((language, name) -> mapper.insertName(kind.name(), code, language, name,
                texts.descriptions().get(language)));
    }

    private static String code(ReferenceKind kind, String typed, Map<String, String> errors) {
        String code = typed == null ? "" : typed.strip();
        if (kind == ReferenceKind.LANGUAGE) {
            code = code.toLowerCase(Locale.ROOT);
            if (!LANGUAGE_CODE.matcher(code).matches() || !ISO_LANGUAGES.contains(code)) {
                errors.put("code", "reference.error.languageCode");
            }
        } else {
            code = code.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            if (!UPPER_CODE.matcher(code).matches()) {
                errors.put("code", "reference.error.listCode");
            }
        }
        return code;
    }

    private static int sortOrder(ListForm form, Map<String, String> errors) {
        Integer order = form.getSortOrder();
        if (order == null || order < 0 || order > 99_999) {
            errors.put("sortOrder", "reference.error.sortOrder");
            return 0;
        }
        return order;
    }

    private Map<String, Object> snapshot(ReferenceKind kind, String code) {
        ListItem item = reference.findListItem(kind.name(), code);
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", code);
        state.put("sortOrder", item.sortOrder());
        state.put("active", item.active());
        state.put("name", new TreeMap<>(names.namesOf(kind, code)));
        if (kind == ReferenceKind.SECTOR) {
            state.put("description", new TreeMap<>(names.descriptionsOf(kind, code)));
        }
        return state;
    }

    private ListItem existing(ReferenceKind kind, String code) {
        ListItem item = code == null ? null : reference.findListItem(requireList(kind).name(), code);
        if (item == null) {
            throw new NotFoundException("reference.notFound");
        }
        return item;
    }

    private static ReferenceKind requireList(ReferenceKind kind) {
        if (kind == null || !kind.isList()) {
            throw new NotFoundException("reference.notFound");
        }
        return kind;
    }
}
