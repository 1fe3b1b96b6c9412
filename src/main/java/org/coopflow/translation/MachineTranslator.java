package org.coopflow.translation;

import java.util.Optional;

/**
 * A machine translation provider. CoopFlow ships none (no external service is reachable from its networks): with no
 * bean of this type the desk translates by hand. A provider registered as a Spring bean pre-fills the desk's form with
 * a draft; the desk must still verify it, and only the verified text is shown as the request's translation.
 */
public interface MachineTranslator {

    /** A short name for the audit and the desk's page, e.g. "acme-mt". */
    String name();

    /**
     * The text in {@code targetLanguage} (ISO 639-1: ko, en), or empty when this provider cannot translate it. Called
     * in the transaction that sends the request to the desk: a provider that calls out must keep to a short timeout.
     */
    Optional<String> translate(String text, String sourceLanguage, String targetLanguage);
}
