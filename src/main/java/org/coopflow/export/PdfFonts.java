package org.coopflow.export;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;
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
 * The fonts the PDFs use, found once, on the first PDF, in the configured directories: one for Korean (and everything
 * else it covers), and for the other scripts partners write in (their titles, descriptions and messages appear in the
 * exports) a fallback font each, taken for the characters the Korean font lacks. PDF has no system fonts: a font must
 * be embedded, and PDFBox's built-in ones are Latin only (a Khmer or Vietnamese title came out as "#####").
 * Only .ttf and .otf files with TrueType outlines qualify: PDFBox cannot embed CFF outlines, which rules out
 * the .ttc collections of fonts-noto-cjk (they fail when the PDF is written). Debian's fonts-nanum fits for Korean
 * (NanumBarunGothic), fonts-noto-core for the other scripts.
 */
@Component
class PdfFonts {

    /**
     * The family name the PDF templates ask for; a character its font lacks is taken from the {@link #fallbacks()},
     * then from the built-in sans-serif.
     */
    static final String FAMILY = "coopflow-text";

    private static final Logger log = LoggerFactory.getLogger(PdfFonts.class);
    private static final int HANGUL_SAMPLE = '한';
    private static final int MAX_DEPTH = 6;

    /**
     * The scripts of the languages partners write in, beyond what a Korean font covers, each with a character it
     * must show and a word its fonts are named with (looked at first). Text in a script no font covers still comes out
     * as "#".
     */
    enum Script {
        VIETNAMESE('ế', "sans"), CYRILLIC('Ж', "sans"), THAI('ก', "thai"), LAO('ກ', "lao"),
        KHMER('ក', "khmer"), MYANMAR('က', "myanmar");

        final int sample;
        final String fontNameWord;

        Script(int sample, String fontNameWord) {
            this.sample = sample;
            this.fontNameWord = fontNameWord;
        }
    }

    /** A font's regular face and, when there is one, its bold face. */
    record Face(File regular, Optional<File> bold) {
    }

    private final PdfSettings settings;
    private Faces faces;

    /** The Korean faces found (or empty), and the fallbacks for the scripts they lack. */
    private record Faces(Optional<File> regular, Optional<File> bold, List<Face> fallbacks) {
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

    /** The fonts for the characters the Korean one lacks, in the order they are tried; none shares a file. */
    List<Face> fallbacks() {
        return faces().fallbacks();
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
        // each file is read once, for Korean and for the other scripts alike
        Map<Path, Optional<CmapLookup>> cmaps = new HashMap<>();
        Function<Path, Optional<CmapLookup>> cmap = path -> cmaps.computeIfAbsent(path, PdfFonts::embeddableCmap);
        Function<Path, Fit> fit = path -> fit(cmap.apply(path));
        Optional<File> regular = best(candidates.stream().filter(p -> !isBold(p)).toList(), fit);
        // the bold face of the same family first (NanumBarunGothic.ttf → NanumBarunGothicBold.ttf)
        String family = regular.map(file -> family(file.toPath())).orElse("");
        Optional<File> bold = best(candidates.stream().filter(PdfFonts::isBold)
                .sorted(Comparator.comparing((Path p) -> !family(p).equals(family))).toList(), fit);
        if (regular.isEmpty()) {
            log.warn("No TrueType font covering Korean found in {} (coopflow.pdf.font-dirs): PDF exports will show "
                    + "Korean text as blanks. Install one, e.g. `apt install fonts-nanum`, or put a .ttf into "
                    + "./config/fonts.", settings.fontDirs());
        } else {
            log.info("PDF exports use {} (bold: {})", regular.get(), bold.map(File::toString).orElse("none"));
        }
        return new Faces(regular, bold, fallbacks(candidates, regular, cmap));
    }

    /**
     * For each script the Korean font lacks, the first font that has it: one whose name says the script first
     * (NotoSansKhmer), then any in the usual order; a font found for an earlier script serves the later ones it
     * covers too.
     */
    private static List<Face> fallbacks(List<Path> candidates, Optional<File> korean,
                                        Function<Path, Optional<CmapLookup>> cmap) {
        List<Path> chosen = new ArrayList<>(korean.map(file -> List.of(file.toPath())).orElse(List.of()));
        List<Face> fallbacks = new ArrayList<>();
        List<Script> missing = new ArrayList<>();
        for (Script script : Script.values()) {
            if (chosen.stream().anyMatch(path -> covers(cmap.apply(path), script.sample))) {
                continue;
            }
            ToIntFunction<Path> named = path -> name(path).contains(script.fontNameWord) ? 0 : 1;
            Optional<Path> found = candidates.stream().filter(path -> !isBold(path))
                    .sorted(Comparator.comparingInt(named))
                    .filter(path -> covers(cmap.apply(path), script.sample)).findFirst();
            if (found.isEmpty()) {
                missing.add(script);
                continue;
            }
            Path regular = found.get();
            String family = family(regular);
            Optional<File> bold = candidates.stream().filter(PdfFonts::isBold)
                    .filter(path -> family(path).equals(family))
                    .filter(path -> covers(cmap.apply(path), script.sample)).findFirst().map(Path::toFile);
            chosen.add(regular);
            fallbacks.add(new Face(regular.toFile(), bold));
            log.info("PDF exports show {} text with {}", script, regular);
        }
        if (!missing.isEmpty()) {
            log.warn("No TrueType font found for {} text in the PDF exports: such text will show as '#'. Install "
                    + "one, e.g. `apt install fonts-noto-core`, or put a .ttf into ./config/fonts.", missing);
        }
        return List.copyOf(fallbacks);
    }

    private static boolean covers(Optional<CmapLookup> cmap, int codePoint) {
        return cmap.map(lookup -> lookup.getGlyphId(codePoint) > 0).orElse(false);
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

    /** Plain text faces first: an upright gothic/sans face before rounded, coding, slanted, narrow, light or heavy. */
    private static int preference(Path path) {
        String name = name(path);
        int score = name.contains("gothic") || name.contains("sans") ? 0 : 1;
        if (name.matches(".*(coding|mono|round|square|light|extra|heavy|eco|pen|brush|myeongjo|serif|italic|oblique"
                + "|condensed|narrow|thin|black|medium|semi|looped).*")) {
            score += 2;
        }
        return score;
    }

    private static boolean isBold(Path path) {
        String name = stem(path);
        return name.endsWith("bold") || name.endsWith("-b");
    }

    /**
     * How well a font with this character map serves Korean. Some fonts (NanumGothic) draw the space with the glyph
     * of the control characters: PDF readers then copy and search spaces as U+0000, so such a font is taken only when
     * nothing better covers Hangul.
     */
    private static Fit fit(Optional<CmapLookup> embeddableCmap) {
        return embeddableCmap.map(cmap -> {
            if (cmap.getGlyphId(HANGUL_SAMPLE) <= 0) {
                return Fit.NONE;
            }
            List<Integer> spaceCodes = cmap.getCharCodes(cmap.getGlyphId(' '));
            return spaceCodes != null && !spaceCodes.isEmpty() && spaceCodes.get(0) == ' ' ? Fit.GOOD : Fit.HANGUL;
        }).orElse(Fit.NONE);
    }

    /** The font's character map, read alone; empty for a broken file or CFF outlines (PDFBox cannot embed them). */
    private static Optional<CmapLookup> embeddableCmap(Path path) {
        TTFParser parser = name(path).endsWith(".otf") ? new OTFParser() : new TTFParser();
        try (TrueTypeFont font = parser.parse(new RandomAccessReadBufferedFile(path.toFile()))) {
            if (font instanceof OpenTypeFont otf && otf.isPostScript()) {
                return Optional.empty();
            }
            return Optional.of(font.getUnicodeCmapLookup());
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static String stem(Path path) {
        return name(path).replaceAll("\\.(ttf|otf)$", "");
    }

    /** The name without its weight: NotoSansKhmer-Regular and -Bold are one family, as are NanumBarunGothic(Bold). */
    private static String family(Path path) {
        return stem(path).replaceAll("-?(regular|bold)$", "");
    }

    private static String name(Path path) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT);
    }
}
