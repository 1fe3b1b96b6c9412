package org.coopflow.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Office documents are zip containers (OOXML: docx, xlsx, pptx; OpenDocument: odt, ods), and Tika's core only sees
 * "a zip" whose kind the name tells. So the container is opened and checked before it is accepted: its parts must be
 * those of the type its name claims (a zip named .docx must hold word/document.xml), and inflating it must stay small —
 * at most {@value #MAX_TOTAL_BYTES} bytes in all, {@value #MAX_ENTRIES} entries, and {@value #MAX_RATIO} times the
 * size of the upload — counted while actually inflating (a zip's own size fields can lie), and stopped as soon as a
 * bound is passed: a zip bomb costs us at most those bytes of work, never memory or disk.
 */
final class ZipContainers {

    static final long MAX_TOTAL_BYTES = 200L * 1024 * 1024;
    static final int MAX_ENTRIES = 10_000;
    static final int MAX_RATIO = 100;

    /** Zip-based types → a part that only a container of that type has. */
    private static final Map<String, String> REQUIRED_PART = Map.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "word/document.xml",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xl/workbook.xml",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation", "ppt/presentation.xml",
            "application/vnd.oasis.opendocument.text", "mimetype",
            "application/vnd.oasis.opendocument.spreadsheet", "mimetype");

    enum Verdict { FINE, NOT_THIS_TYPE, TOO_BIG }

    private ZipContainers() {
    }

    static boolean isContainer(String type) {
        return REQUIRED_PART.containsKey(type);
    }

    static Verdict check(byte[] content, String type) {
        String required = REQUIRED_PART.get(type);
        if (required == null) {
            return Verdict.FINE;
        }
        long limit = Math.min(MAX_TOTAL_BYTES, (long) content.length * MAX_RATIO);
        Set<String> names = new HashSet<>();
        String openDocumentType = null;
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (names.size() >= MAX_ENTRIES) {
                    return Verdict.TOO_BIG;
                }
                names.add(entry.getName());
                boolean mimetype = "mimetype".equals(entry.getName());
                StringBuilder declared = new StringBuilder();
                for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
                    total += read;
                    if (total > limit) {
                        return Verdict.TOO_BIG;
                    }
                    if (mimetype && declared.length() < 200) {
                        declared.append(new String(buffer, 0, Math.min(read, 200), StandardCharsets.US_ASCII));
                    }
                }
                if (mimetype) {
                    openDocumentType = declared.toString().strip();
                }
            }
        } catch (IOException | IllegalArgumentException malformed) {
            return Verdict.NOT_THIS_TYPE;
        }
        if (!names.contains(required)) {
            return Verdict.NOT_THIS_TYPE;
        }
        if (required.equals("mimetype") && !type.equals(openDocumentType)) {
            return Verdict.NOT_THIS_TYPE;
        }
        boolean ooxml = !required.equals("mimetype");
        return ooxml && !names.contains("[Content_Types].xml") ? Verdict.NOT_THIS_TYPE : Verdict.FINE;
    }
}
