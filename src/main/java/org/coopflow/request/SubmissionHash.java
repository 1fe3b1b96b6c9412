package org.coopflow.request;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The SHA-256 of what a submission asks for, normalized the way the request row stores it (text stripped),
 * so whitespace around the text and the order of the JSON keys do not make a different submission, while
 * any stored difference (a title, a language, a date) does.
 */
final class SubmissionHash {

    private SubmissionHash() {
    }

    static String of(SubmitRequest command) {
        StringBuilder canonical = new StringBuilder();
        for (String field : List.of(text(command.sector()), text(command.title()), text(command.description()),
                String.valueOf(command.modality()), String.valueOf(command.urgent()),
                command.languages() == null ? "" : String.join(",", command.languages()),
                String.valueOf(command.preferredStart()), String.valueOf(command.preferredEnd()),
                text(command.contactName()), text(command.contactEmail()))) {
            // length-prefixed, so no two different submissions run together into the same text
            canonical.append(field.length()).append(':').append(field).append(';');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
