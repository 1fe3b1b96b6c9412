package org.coopflow.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

class AllowedTypesTest {

    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Test
    void contentDecidesNotTheName() {
        assertThat(AllowedTypes.detect(PDF, "plan.pdf")).isEqualTo("application/pdf");
        assertThat(AllowedTypes.detect(PDF, "plan")).isEqualTo("application/pdf");
        assertThat(AllowedTypes.detect(PNG, "photo.pdf")).isEqualTo("image/png");
    }

    @Test
    void htmlScriptsAndUnknownBytesAreRefusedWhateverTheirName() {
        byte[] html = "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(AllowedTypes.detect(html, "report.pdf")).isNull();
        assertThat(AllowedTypes.detect("hello".getBytes(StandardCharsets.UTF_8), "notes.pdf")).isNull();
        assertThat(AllowedTypes.detect(new byte[]{1, 2, 3, 4, 5, 6, 7, (byte) 200}, "data.pdf")).isNull();
    }

    @Test
    void officeContainersAreNamedByTheirExtension() throws Exception {
        byte[] docx = zip("[Content_Types].xml", "word/document.xml");
        assertThat(AllowedTypes.detect(docx, "plan.docx"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(AllowedTypes.detect(docx, "plan.pdf")).as("a zip is no PDF").isNull();
        assertThat(AllowedTypes.detect(zip("a.txt"), "archive.zip")).as("plain archives are not accepted").isNull();
    }

    @Test
    void safeNamesLoseTheirPathAndInvisibleCharactersAndKeepTheirLanguage() {
        assertThat(SafeFileName.of("C:\\Users\\sokha\\plan.pdf", List.of("pdf"))).isEqualTo("plan.pdf");
        assertThat(SafeFileName.of("../../etc/passwd", List.of("pdf"))).isEqualTo("passwd.pdf");
        assertThat(SafeFileName.of("invoice\u202Efdp.exe", List.of("pdf"))).isEqualTo("invoicefdp.exe.pdf");
        assertThat(SafeFileName.of("ផែនការ \"v2\".pdf", List.of("pdf"))).isEqualTo("ផែនការ _v2_.pdf");
        assertThat(SafeFileName.of("   ", List.of("png"))).isEqualTo("document.png");
        assertThat(SafeFileName.of("photo.JPEG", List.of("jpg", "jpeg"))).isEqualTo("photo.JPEG");
        assertThat(SafeFileName.of("a".repeat(300) + ".pdf", List.of("pdf"))).hasSize(200).endsWith(".pdf");
    }

    @Test
    void contentDispositionCarriesTheUtf8NameAndAnAsciiFallback() {
        assertThat(AttachmentDownload.contentDisposition("Plan d'été.pdf"))
                .isEqualTo("attachment; filename=\"Plan d'ete.pdf\"; filename*=UTF-8''Plan%20d%27%C3%A9t%C3%A9.pdf");
    }

    private static byte[] zip(String... entries) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
