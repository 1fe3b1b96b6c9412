package org.coopflow.translation;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The language a request is written in, from its text: Korean, Khmer and Vietnamese by their letters, Spanish, French
 * and English by their commonest words. When unsure it says English, so a request is never held up by a guess: the
 * desk only gets requests that are clearly in another language.
 */
final class TextLanguage {

    private static final Pattern HANGUL = Pattern.compile("[\\uAC00-\\uD7A3]");
    private static final Pattern KHMER = Pattern.compile("[\\u1780-\\u17FF]");
    private static final Pattern VIETNAMESE = Pattern.compile("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}");
    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

    private static final Map<String, Set<String>> COMMON_WORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "in", "for", "we", "our", "is", "are", "with", "on", "a", "an",
                    "need", "advice", "how", "this", "that", "be"),
            "es", Set.of("el", "la", "los", "las", "de", "del", "y", "en", "para", "con", "que", "por", "una", "un",
                    "nuestro", "nuestra", "sobre", "es", "se", "al", "necesitamos", "como"),
            "fr", Set.of("le", "la", "les", "de", "des", "du", "et", "en", "pour", "avec", "que", "une", "un", "sur",
                    "nous", "notre", "est", "au", "aux", "dans", "besoin"));

    private TextLanguage() {
    }

    static String of(String text) {
        if (text == null || text.isBlank()) {
            return "en";
        }
        long letters = LETTERS.matcher(text).results().count();
        if (share(HANGUL, text, letters) > 0.3) {
            return "ko";
        }
        if (share(KHMER, text, letters) > 0.3) {
            return "km";
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (VIETNAMESE.matcher(lower).results().count() >= 3) {
            return "vi";
        }
        Map<String, Long> hits = new java.util.HashMap<>();
        WORD.matcher(lower).results().map(r -> r.group()).forEach(word -> COMMON_WORDS.forEach((language, words) -> {
            if (words.contains(word)) {
                hits.merge(language, 1L, Long::sum);
            }
        }));
        long english = hits.getOrDefault("en", 0L);
        // another language only when it clearly outweighs English (a few shared words like "de" or "en" prove nothing)
        return hits.entrySet().stream().filter(e -> !"en".equals(e.getKey()))
                .filter(e -> e.getValue() >= 3 && e.getValue() > 2 * english)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("en");
    }

    private static double share(Pattern script, String text, long letters) {
        return letters == 0 ? 0 : (double) script.matcher(text).results().count() / letters;
    }
}
