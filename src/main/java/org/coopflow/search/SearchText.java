package org.coopflow.search;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * How texts are cut into the terms of the keyword index, and a query into the terms it must match. The same
 * rules on both sides, so that whatever a search finds is found by exact or prefix lookups of an index:
 * <ul>
 * <li>Scripts written without spaces between all words (Hangul, Han, kana, Thai, Lao, Khmer, Myanmar) are cut
 * into overlapping pairs of characters (bigrams): "요청검토" into 요청, 청검, 검토. Spaces between two such
 * characters are ignored, so "요청 검토" and "요청검토" find each other (Korean spacing varies).</li>
 * <li>Other scripts are cut into words at anything that is not a letter or digit, lower-cased, with accents
 * of Latin letters removed ("Gestión" → gestion); numbers are kept with and without leading zeros
 * (a reference's 00042 is also found as 42).</li>
 * </ul>
 * A query matches a text when every query term does: a pair exactly, a word of 3 letters or more as the
 * beginning of a word ("enrol" finds "enrolment"), a shorter word exactly, a lone character as the beginning
 * of a pair.
 */
public final class SearchText {

    /** Bumped whenever these rules change: texts indexed under an older version are indexed again. */
    public static final int VERSION = 1;

    /** Longest term kept (code points); a longer word is indexed and searched by its beginning. */
    public static final int MAX_TERM_LENGTH = 32;

    /** A query is cut to this many terms: enough for any real search, bounded for the database. */
    public static final int MAX_QUERY_TERMS = 10;

    /** Shortest word searched by its beginning; shorter ones ("id", "un") must match a whole word. */
    static final int MIN_PREFIX_LENGTH = 3;

    private SearchText() {
    }

    /** The terms that make a text (and the others) findable: each once, in no particular order. */
    public static Set<String> terms(String... texts) {
        Set<String> terms = new LinkedHashSet<>();
        for (String text : texts) {
            tokens(text, token -> {
                if (token.continuous()) {
                    if (token.text().codePointCount(0, token.text().length()) == 1) {
                        terms.add(token.text());
                    } else {
                        terms.addAll(bigrams(token.text()));
                    }
                } else {
                    terms.add(token.text());
                    String number = withoutLeadingZeros(token.text());
                    if (number != null) {
                        terms.add(number);
                    }
                }
            });
        }
        return terms;
    }

    /** What a search box's text asks for; {@link SearchQuery#isEmpty()} when it holds no letter or digit. */
    public static SearchQuery query(String text) {
        Set<String> exact = new LinkedHashSet<>();
        Set<String> prefixes = new LinkedHashSet<>();
        tokens(text, token -> {
            String t = token.text();
            int length = t.codePointCount(0, t.length());
            if (token.continuous()) {
                if (length == 1) {
                    prefixes.add(t);
                } else {
                    exact.addAll(bigrams(t));
                }
            } else if (length >= MIN_PREFIX_LENGTH) {
                prefixes.add(t);
            } else {
                exact.add(t);
            }
        });
        // a prefix that another prefix extends adds nothing ("nat" under "national")
        prefixes.removeIf(p -> prefixes.stream().anyMatch(other -> !other.equals(p) && other.startsWith(p)));
        List<String> exactTerms = new ArrayList<>(exact);
        List<String> prefixTerms = new ArrayList<>(prefixes);
        // bounded: the first terms of a long query are kept (a long Korean phrase is still mostly covered)
        while (exactTerms.size() + prefixTerms.size() > MAX_QUERY_TERMS) {
            if (exactTerms.size() >= prefixTerms.size()) {
                exactTerms.remove(exactTerms.size() - 1);
            } else {
                prefixTerms.remove(prefixTerms.size() - 1);
            }
        }
        return new SearchQuery(text == null ? "" : text.strip(), List.copyOf(exactTerms), List.copyOf(prefixTerms));
    }

    private record Token(String text, boolean continuous) {
    }

    /** Runs of word characters and runs of unspaced-script characters, normalized, in order. */
    private static void tokens(String text, Consumer<Token> out) {
        if (text == null || text.isBlank()) {
            return;
        }
        String normalized = foldLatinAccents(Normalizer.normalize(text, Normalizer.Form.NFKC)).toLowerCase(Locale.ROOT);
        StringBuilder word = new StringBuilder();
        StringBuilder run = new StringBuilder();
        boolean spaceAfterRun = false;
        int i = 0;
        while (i < normalized.length()) {
            int cp = normalized.codePointAt(i);
            i += Character.charCount(cp);
            if (isUnspaced(cp) || (run.length() > 0 && !spaceAfterRun && isMark(cp))) {
                emit(word, false, out);
                run.appendCodePoint(cp);
                spaceAfterRun = false;
            } else if (Character.isLetterOrDigit(cp) || (word.length() > 0 && isMark(cp))) {
                emit(run, true, out);
                spaceAfterRun = false;
                word.appendCodePoint(cp);
            } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                emit(word, false, out);
                spaceAfterRun = run.length() > 0; // the run goes on if the next character continues it
            } else {
                emit(word, false, out);
                emit(run, true, out);
                spaceAfterRun = false;
            }
        }
        emit(word, false, out);
        emit(run, true, out);
    }

    private static void emit(StringBuilder chars, boolean continuous, Consumer<Token> out) {
        if (chars.length() == 0) {
            return;
        }
        String text = chars.toString();
        chars.setLength(0);
        if (!continuous && text.codePointCount(0, text.length()) > MAX_TERM_LENGTH) {
            text = text.substring(0, text.offsetByCodePoints(0, MAX_TERM_LENGTH));
        }
        out.accept(new Token(text, continuous));
    }

    private static List<String> bigrams(String run) {
        int[] cps = run.codePoints().toArray();
        List<String> grams = new ArrayList<>(cps.length);
        for (int j = 0; j + 1 < cps.length; j++) {
            grams.add(new String(cps, j, 2));
        }
        return grams;
    }

    private static String withoutLeadingZeros(String word) {
        if (word.length() < 2 || word.charAt(0) != '0' || !word.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        String stripped = word.replaceFirst("^0+", "");
        return stripped.isEmpty() ? "0" : stripped;
    }

    /** é → e, ñ → n, ç → c; marks of other scripts (Thai or Khmer vowel signs, Hangul) are left alone. */
    private static String foldLatinAccents(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        UnicodeScript base = null;
        int i = 0;
        while (i < decomposed.length()) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (isMark(cp)) {
                if (base == UnicodeScript.LATIN) {
                    continue;
                }
            } else {
                base = UnicodeScript.of(cp);
            }
            folded.appendCodePoint(cp);
        }
        return Normalizer.normalize(folded, Normalizer.Form.NFC);
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean isUnspaced(int cp) {
        if (!Character.isLetterOrDigit(cp) || Character.isDigit(cp)) {
            return false;
        }
        UnicodeScript script = UnicodeScript.of(cp);
        return script == UnicodeScript.HANGUL || script == UnicodeScript.HAN || script == UnicodeScript.HIRAGANA
                || script == UnicodeScript.KATAKANA || script == UnicodeScript.THAI || script == UnicodeScript.LAO
                || script == UnicodeScript.KHMER || script == UnicodeScript.MYANMAR;
    }
}
