package org.coopflow.translation;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** A public-administration term of the desk's glossary in the six languages it keeps (ko and en always). */
public record GlossaryTerm(Long id, String termKo, String termEn, String termEs, String termFr, String termKm,
                           String termVi, String note, boolean retired, String updatedBy, Instant updatedAt,
                           int version) {

    public static final List<String> LANGUAGES = List.of("ko", "en", "es", "fr", "km", "vi");

    public String term(String language) {
        return switch (language) {
            case "ko" -> termKo;
            case "en" -> termEn;
            case "es" -> termEs;
            case "fr" -> termFr;
            case "km" -> termKm;
            case "vi" -> termVi;
            default -> null;
        };
    }

    /** Whether the term (in any of its languages) occurs in the text, regardless of case. */
    boolean foundIn(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return Stream.of(termKo, termEn, termEs, termFr, termKm, termVi)
                .anyMatch(t -> t != null && !t.isBlank() && lower.contains(t.toLowerCase(Locale.ROOT)));
    }
}
