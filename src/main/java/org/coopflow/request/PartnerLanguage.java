package org.coopflow.request;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The language a partner reads, from the working languages it gave on its request (first the one it prefers): the
 * first that is neither Korean nor English. A partner that listed neither Korean nor English gets every official's
 * message translated before it is sent; one that also reads English may have a message translated on request.
 */
public final class PartnerLanguage {

    /** The languages officials write and read. */
    public static final Set<String> OFFICIAL = Set.of("ko", "en");

    private PartnerLanguage() {
    }

    /** The partner's own language (ISO 639-1), or null when it listed only Korean and English. */
    public static String of(CooperationRequest request) {
        return languages(request).stream().filter(l -> !OFFICIAL.contains(l)).findFirst().orElse(null);
    }

    /** The partner reads neither Korean nor English: officials' messages go to the translation desk first. */
    public static boolean needsTranslation(CooperationRequest request) {
        List<String> languages = languages(request);
        return !languages.isEmpty() && languages.stream().noneMatch(OFFICIAL::contains);
    }

    private static List<String> languages(CooperationRequest request) {
        return request.languages() == null ? List.of() : Arrays.stream(request.languages().split("[,\\s]+"))
                .map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
