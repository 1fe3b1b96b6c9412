package org.coopflow.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which installed fonts the PDFs take for the scripts the Korean font lacks (Debian's fonts-nanum, fonts-noto-core and
 * fonts-dejavu-core, which .ci/run installs).
 */
class PdfFontsTest {

    private static final Path FONTS = Path.of("/usr/share/fonts/truetype");

    @TempDir
    Path dir;

    @Test
    void eachScriptGetsAnUprightRegularFaceWithTheBoldOfItsFamily() throws IOException {
        for (String font : List.of("nanum/NanumBarunGothic.ttf", "nanum/NanumBarunGothicBold.ttf",
                "dejavu/DejaVuSans-BoldOblique.ttf", "dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf",
                "noto/NotoSerifKhmer-Regular.ttf", "noto/NotoSansKhmer-Regular.ttf", "noto/NotoSansKhmer-Bold.ttf",
                "noto/NotoLoopedThai-Regular.ttf", "noto/NotoSansThai-Regular.ttf")) {
            Path installed = FONTS.resolve(font);
            assertThat(installed).as("apt install fonts-nanum fonts-noto-core fonts-dejavu-core").exists();
            Files.copy(installed, dir.resolve(installed.getFileName()));
        }
        PdfFonts fonts = new PdfFonts(new PdfSettings(List.of(dir.toString())));

        assertThat(fonts.regular()).map(File::getName).contains("NanumBarunGothic.ttf");
        assertThat(fonts.fallbacks()).extracting(face -> face.regular().getName(),
                        face -> face.bold().map(File::getName))
                .containsExactly(
                        // Vietnamese (and Lao: DejaVu has it), not the slanted bold face sorted before it
                        tuple("DejaVuSans.ttf", Optional.of("DejaVuSans-Bold.ttf")),
                        // a sans face named for the script, before the looped and serif ones
                        tuple("NotoSansThai-Regular.ttf", Optional.empty()),
                        tuple("NotoSansKhmer-Regular.ttf", Optional.of("NotoSansKhmer-Bold.ttf")));
    }

    @Test
    void withoutAFontForAScriptThereIsNoFallbackForIt() throws IOException {
        Files.copy(FONTS.resolve("nanum/NanumBarunGothic.ttf"), dir.resolve("NanumBarunGothic.ttf"));
        PdfFonts fonts = new PdfFonts(new PdfSettings(List.of(dir.toString())));

        assertThat(fonts.coverKorean()).isTrue();
        assertThat(fonts.fallbacks()).isEmpty();
    }
}
