package org.coopflow.reference;

/**
 * The kinds of reference data an ADMIN maintains. The lists (sectors, modalities, working languages) are what the
 * request form offers; organisations are partner ministries and Korean agencies; experts are registered with an agency.
 */
public enum ReferenceKind {
    SECTOR("sector.", "sectors"),
    MODALITY("modality.", "modalities"),
    LANGUAGE("language.", "languages"),
    AGENCY("agency.", "agencies"),
    PARTNER(null, "partners"),
    EXPERT(null, "experts");

    private final String messagePrefix;
    private final String path;

    ReferenceKind(String messagePrefix, String path) {
        this.messagePrefix = messagePrefix;
        this.path = path;
    }

    /** The message code prefix its names answer to ({@code sector.NATIONAL_ID}), or null when none. */
    public String messagePrefix() {
        return messagePrefix;
    }

    /** Its segment in the administration's addresses ({@code /admin/lists/sectors}). */
    public String path() {
        return path;
    }

    /** A list of codes the request form offers: added, renamed in every language, retired. */
    public boolean isList() {
        return this == SECTOR || this == MODALITY || this == LANGUAGE;
    }

    public static ReferenceKind ofList(String path) {
        for (ReferenceKind kind : values()) {
            if (kind.isList() && kind.path.equals(path)) {
                return kind;
            }
        }
        return null;
    }
}
