package org.coopflow.attachment;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * File names as we store and send them: the sender's name without any path, control or invisible
 * characters (a right-to-left override could make "cod.exe" read "exe.doc"), characters that break
 * headers or file systems replaced, at most 200 characters, ending with an extension of the detected type.
 */
final class SafeFileName {

    private static final int MAX_LENGTH = 200;

    private SafeFileName() {
    }

    static String of(String original, List<String> extensions) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", "")
                .replaceAll("[\"*:<>?|;%]", "_")
                .replaceAll("\\s+", " ")
                .strip()
                .replaceFirst("^\\.+", "");
        if (name.isBlank()) {
            name = "document";
        }
        String extension = extension(name);
        if (!extensions.contains(extension)) {
            name = name + "." + extensions.get(0);
            extension = extensions.get(0);
        }
        if (name.length() > MAX_LENGTH) {
            name = name.substring(0, MAX_LENGTH - extension.length() - 1).strip() + "." + extension;
        }
        return name;
    }

    /** The name for clients that ignore filename*: ASCII only. */
    static String asciiFallback(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^\\x20-\\x7E]", "_").replace("\\", "_");
        return ascii.isBlank() ? "document" : ascii;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
