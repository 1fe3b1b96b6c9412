package org.coopflow.attachment;

import java.util.List;
import java.util.Map;

import org.apache.tika.Tika;
import org.apache.tika.mime.MediaType;

/**
 * What we accept, decided by the content (Apache Tika's magic bytes), never by the name alone: an HTML page
 * renamed report.pdf is HTML and is refused. The name only refines what the content already shows (a .docx
 * is a zip container whose kind the name tells), so unrecognisable bytes named .pdf are refused too.
 */
final class AllowedTypes {

    /** Type → its extensions, the first being the one added to a name that lacks it. */
    static final Map<String, List<String>> EXTENSIONS = Map.ofEntries(
            Map.entry("application/pdf", List.of("pdf")),
            Map.entry("application/msword", List.of("doc")),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx")),
            Map.entry("application/vnd.ms-excel", List.of("xls")),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx")),
            Map.entry("application/vnd.ms-powerpoint", List.of("ppt")),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", List.of("pptx")),
            Map.entry("application/vnd.oasis.opendocument.text", List.of("odt")),
            Map.entry("application/vnd.oasis.opendocument.spreadsheet", List.of("ods")),
            Map.entry("image/png", List.of("png")),
            Map.entry("image/jpeg", List.of("jpg", "jpeg")),
            Map.entry("image/gif", List.of("gif")),
            Map.entry("image/webp", List.of("webp")));

    /** The accept= hint of file inputs (browsers only filter the picker; the server decides). */
    static final String ACCEPT = ".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.png,.jpg,.jpeg,.gif,.webp";

    // Tika loads its type registry once; the facade is thread-safe.
    private static final Tika TIKA = new Tika();

    private AllowedTypes() {
    }

    /** The accepted type of this content, or null when its content is not one we accept. */
    static String detect(byte[] content, String filename) {
        String byContent = TIKA.detect(content);
        if (MediaType.OCTET_STREAM.toString().equals(byContent)) {
            return null; // unrecognisable bytes: the name alone would decide, and it must not
        }
        String type = TIKA.detect(content, filename);
        return EXTENSIONS.containsKey(type) ? type : null;
    }
}
