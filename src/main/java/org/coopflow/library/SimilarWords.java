package org.coopflow.library;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coopflow.search.SearchText;

/**
 * The words of a request's title and description that similar requests may share, cut by the keyword search's rules
 * ({@link SearchText}: Latin words without accents and capitals, Korean as pairs of syllables), each term remembered
 * with the word it came from, so that a suggestion says "registration, births, 주민등록" rather than index terms.
 * Words that say nothing about a request's topic are left out: numbers, words of one or two letters, the function
 * words of English, Spanish and French, Korean endings, and the words every request of this domain has ("Korea",
 * "cooperation", "ministry").
 */
final class SimilarWords {

    /** The terms of a long description are cut here, title first: enough to find what it is about. */
    static final int MAX_TERMS = 60;

    private static final Set<String> IGNORED = Set.copyOf(List.of(
            // English
            "the", "and", "for", "are", "but", "not", "you", "all", "any", "can", "had", "her", "was", "one", "our",
            "out", "has", "have", "him", "his", "how", "its", "who", "did", "yes", "yet", "may", "use", "used", "with",
            "this", "that", "from", "they", "will", "would", "there", "their", "what", "about", "which", "when", "make",
            "like", "into", "than", "them", "been", "were", "some", "could", "other", "more", "also", "such", "only",
            "over", "most", "very", "after", "before", "where", "while", "each", "every", "both", "many", "much",
            "need", "needs", "want", "wants", "help", "would", "should", "these", "those", "through", "between",
            "within", "without", "well", "own", "new", "how", "why", "per", "via", "ask", "asks", "learn", "know",
            "advice", "experience", "experiences", "korea", "korean", "cooperation", "request", "requests", "ministry",
            "government", "officials", "country", "countries", "national", "public", "system", "systems",
            // the partner ministries' names and the modalities say nothing about a request's topic
            "interior", "home", "affairs", "online", "forum", "forums", "consultation", "consultations", "visit",
            "dispatch", "written", "expert", "experts",
            // the Korean ministry every request goes through (MOIS, Ministry of the Interior and Safety)
            "mois",
            // Spanish
            "los", "las", "del", "una", "uno", "unos", "unas", "que", "para", "por", "con", "sin", "sobre", "entre",
            "como", "más", "mas", "pero", "sus", "este", "esta", "estos", "estas", "ese", "esa", "hoy", "cada", "todo",
            "todos", "todas", "desde", "hasta", "tras", "muy", "ser", "son", "han", "hay", "nos", "nuestro",
            "nuestra", "nuestros", "nuestras", "corea", "coreano", "coreana", "cooperacion", "solicitud",
            "ministerio", "gobierno", "pais", "publico", "publica", "sistema", "sistemas", "nacional", "gobernacion",
            "foro", "linea", "consulta", "visita", "expertos", "experto",
            // French
            "les", "des", "une", "aux", "est", "sont", "pour", "par", "avec", "sans", "sur", "dans", "entre", "comme",
            "plus", "mais", "ses", "son", "cette", "ces", "nous", "notre", "nos", "vous", "votre", "leur", "leurs",
            "qui", "que", "dont", "tout", "tous", "toutes", "chaque", "depuis", "apres", "avant", "tres", "etre",
            "ont", "coree", "coreen", "coreenne", "cooperation", "demande", "ministere", "gouvernement", "pays",
            "systeme", "systemes", "nationale", "interieur", "forum", "ligne", "visite",
            // Korean: endings and the words every request has (pairs of syllables)
            "니다", "습니", "합니", "있습", "하는", "하고", "에서", "으로", "위한", "대한", "있는", "하여", "에게", "까지",
            "부터", "하기", "되는", "있도", "도록", "이다", "한다", "했다", "그리", "리고", "또는", "및", "한국", "협력",
            "요청", "정부", "관련", "경험", "희망", "원합", "싶습", "고자", "포럼", "온라", "라인", "자문", "전문", "문가",
            "내무", "행정", "정안", "전부"));

    private final Map<String, String> wordOfTerm;

    private SimilarWords(Map<String, String> wordOfTerm) {
        this.wordOfTerm = wordOfTerm;
    }

    /** The telling terms of these texts (the first {@link #MAX_TERMS}), each with the word it came from. */
    static SimilarWords of(String... texts) {
        Map<String, String> wordOfTerm = new LinkedHashMap<>();
        for (String text : texts) {
            for (String word : words(text)) {
                for (String term : SearchText.terms(word)) {
                    if (wordOfTerm.size() < MAX_TERMS && telling(term)) {
                        wordOfTerm.putIfAbsent(term, word);
                    }
                }
            }
        }
        return new SimilarWords(wordOfTerm);
    }

    Set<String> terms() {
        return wordOfTerm.keySet();
    }

    /** The words (as written in the request) that these shared terms came from, each once, in the text's order. */
    List<String> wordsOf(Collection<String> sharedTerms) {
        Set<String> words = new LinkedHashSet<>();
        wordOfTerm.forEach((term, word) -> {
            if (sharedTerms.contains(term)) {
                words.add(word);
            }
        });
        return new ArrayList<>(words);
    }

    /** Words as written, split at spaces and punctuation, their edges stripped of anything not a letter or digit. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        for (String raw : text.split("[\\s,;:/()\\[\\]{}\"“”‘’«»!?·]+")) {
            String word = strip(raw);
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static String strip(String raw) {
        int start = 0;
        int end = raw.length();
        while (start < end && !Character.isLetterOrDigit(raw.codePointAt(start))) {
            start += Character.charCount(raw.codePointAt(start));
        }
        while (end > start && !Character.isLetterOrDigit(raw.codePointBefore(end))) {
            end -= Character.charCount(raw.codePointBefore(end));
        }
        return raw.substring(start, end);
    }

    /** A term of two letters of a script written without spaces (a Korean pair), or a word of three letters or more. */
    private static boolean telling(String term) {
        if (IGNORED.contains(term) || term.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int length = term.codePointCount(0, term.length());
        boolean unspaced = length == 2 && Character.UnicodeScript.of(term.codePointAt(0)) != Character.UnicodeScript.LATIN
                && !Character.isDigit(term.codePointAt(0));
        return unspaced || length >= 3;
    }
}
