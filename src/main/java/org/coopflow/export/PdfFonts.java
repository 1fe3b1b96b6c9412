package org.coopflow.export;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OTFParser;
import org.apache.fontbox.ttf.OpenTypeFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The font the PDFs use for Korean (and everything else it covers), found once, on the first PDF, in the
 * configured directories. PDF has no system fonts: a font must be embedded, and PDFBox's built-in ones are Latin only.
 * Only .ttf and .otf files with TrueType outlines qualify: PDFBox cannot embed CFF outlines, which rules out
 * the .ttc collections of fonts-noto-cjk (they fail when the PDF is written). Debian's fonts-nanum fits
 * (NanumBarunGothic).
 */
@Component
class PdfFonts {

    /** The family name the PDF templates ask for first; Latin text falls back to the built-in sans-serif. */
    static final String FAMILY = "coopflow-text";

    private static final Logger log = LoggerFactory.getLogger(PdfFonts.class);
    private static final int HANGUL_SAMPLE = '한';
    private static final int MAX_DEPTH = 6;

    private final PdfSettings settings;
    private Faces faces;

    /** The regular and bold face found, or empty. */
    private record Faces(Optional<File> regular, Optional<File> bold) {
    }

    PdfFonts(PdfSettings settings) {
        this.settings = settings;
    }

    Optional<File> regular() {
        return faces().regular();
    }

    /** The bold face, or the regular one (PDF readers then show bold text in the regular weight). */
    Optional<File> bold() {
        return faces().bold().or(this::regular);
    }

    boolean coverKorean() {
        return regular().isPresent();
    }

    /**
     * Looked for on the first PDF, not at start-up: reading the font directories and font files costs start-up time
     * on every node for an export that is asked for now and then.
     */
    private synchronized Faces faces() {
        if (faces == null) {
            faces = find(settings);
        }
        return faces;
    }

    private static Faces find(PdfSettings settings) {
        List<Path> candidates = settings.fontDirectories().stream().flatMap(PdfFonts::fontFiles)
                .sorted(Comparator.comparingInt(PdfFonts::preference).thenComparing(Path::toString)).toList();
        Map<Path, Fit> fits = new HashMap<>();
        Function<Path, Fit> fit = path -> fits.computeIfAbsent(path, PdfFonts::fit);
        Optional<File> regular = best(candidates.stream().filter(p -> !isBold(p)).toList(), fit);
        // the bold face of the same family first (NanumBarunGothic.ttf → NanumBarunGothicBold.ttf)
        String family = regular.map(file -> stem(file.toPath())).orElse("");
        Optional<File> bold = best(candidates.stream().filter(PdfFonts::isBold)
                .sorted(Comparator.comparing((Path p) -> !stem(p).startsWith(family))).toList(), fit);
        if (regular.isEmpty()) {
            log.warn("No TrueType font covering Korean found in {} (coopflow.pdf.font-dirs): PDF exports will show "
                    + "Korean text as blanks. Install one, e.g. `apt install fonts-nanum`, or put a .ttf into "
                    + "./config/fonts.", settings.fontDirs());
        } else {
            log.info("PDF exports use {} (bold: {})", regular.get(), bold.map(File::toString).orElse("none"));
        }
        return new Faces(regular, bold);
    }

    /** How well a font serves the PDFs: not at all, Hangul only, or Hangul with text that copies and searches right. */
    private enum Fit { NONE, HANGUL, GOOD }

    private static Optional<File> best(List<Path> faces, Function<Path, Fit> fit) {
        return faces.stream().filter(p -> fit.apply(p) == Fit.GOOD).findFirst()
                .or(() -> faces.stream().filter(p -> fit.apply(p) == Fit.HANGUL).findFirst())
                .map(Path::toFile);
    }

    private static Stream<Path> fontFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.find(dir, MAX_DEPTH, (path, attributes) -> attributes.isRegularFile()
                && (name(path).endsWith(".ttf") || name(path).endsWith(".otf")))) {
            return files.toList().stream();
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not list fonts in {}: {}", dir, e.toString());
            return Stream.empty();
        }
    }

    /** Plain text faces first: a gothic/sans face before rounded, coding, light or extra-bold variants. */
    private static int preference(Path path) {
        String name = name(path);
        int score = name.contains("gothic") || name.contains("sans") ? 0 : 1;
        if (name.matches(".*(coding|mono|round|square|light|extra|heavy|eco|pen|brush|myeongjo|serif).*")) {
            score += 2;
        }
        return score;
    }

    private static boolean isBold(Path path) {
        String name = stem(path);
        return name.endsWith("bold") || name.endsWith("-b");
    }

    /**
     * Reads only the tables needed for the character map; a broken file does not fit. Some fonts (NanumGothic)
     * draw the space with the glyph of the control characters: PDF readers then copy and search spaces as U+0000,
     * so such a font is taken only when nothing better covers Hangul.
     */
    private static Fit fit(Path path) {
        TTFParser parser = name(path).endsWith(".otf") ? new OTFParser() : new TTFParser();
        try (TrueTypeFont font = parser.parse(new RandomAccessReadBufferedFile(path.toFile()))) {
            if (font instanceof OpenTypeFont otf && otf.isPostScript()) {
                return Fit.NONE; // CFF outlines: PDFBox cannot embed them
            }
            CmapLookup cmap = font.getUnicodeCmapLookup();
            if (cmap.getGlyphId(HANGUL_SAMPLE) <= 0) {
                return Fit.NONE;
            }
            List<Integer> spaceCodes = cmap.getCharCodes(cmap.getGlyphId(' '));
            return spaceCodes != null && !spaceCodes.isEmpty() && spaceCodes.get(0) == ' ' ? Fit.GOOD : Fit.HANGUL;
        } catch (IOException | RuntimeException unreadable) {
            return Fit.NONE;
        }
    }

    private static String stem(Path path) {
        return name(path).replaceAll("\\.(ttf|otf)$", "");
    }

    private static String name(Path path) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT);
    }
}
