package org.coopflow.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

/** Office documents are opened before they are accepted: the right parts, and small once inflated. */
class ZipContainersTest {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String ODT = "application/vnd.oasis.opendocument.text";

    static byte[] container(String... namesAndContents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                entry(zip, namesAndContents[i], namesAndContents[i + 1]);
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void aZipBombNamedDocxIsRefusedWithoutInflatingIt() throws IOException {
        byte[] bomb = ZipBombs.docxOfZeros(256);
        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertThat(ZipContainers.check(bomb, DOCX)).isEqualTo(ZipContainers.Verdict.TOO_BIG);
    }

    @Test
    void officeDocumentsWithTheirPartsPass() throws IOException {
        assertThat(ZipContainers.check(container("[Content_Types].xml", "<Types/>", "word/document.xml", "<w/>"), DOCX))
                .isEqualTo(ZipContainers.Verdict.FINE);
        assertThat(ZipContainers.check(container("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<x/>"), XLSX))
                .isEqualTo(ZipContainers.Verdict.FINE);
        assertThat(ZipContainers.check(container("mimetype", ODT, "content.xml", "<o/>"), ODT))
                .isEqualTo(ZipContainers.Verdict.FINE);
    }

    @Test
    void aContainerOfAnotherKindIsNotTheTypeItsNameClaims() throws IOException {
        byte[] workbook = container("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<x/>");
        assertThat(ZipContainers.check(workbook, DOCX)).isEqualTo(ZipContainers.Verdict.NOT_THIS_TYPE);
        assertThat(ZipContainers.check(container("notes.txt", "just a zip"), DOCX))
                .isEqualTo(ZipContainers.Verdict.NOT_THIS_TYPE);
        assertThat(ZipContainers.check(container("mimetype", "application/epub+zip", "content.xml", "<o/>"), ODT))
                .isEqualTo(ZipContainers.Verdict.NOT_THIS_TYPE);
        assertThat(ZipContainers.check("PK\u0003\u0004 broken".getBytes(StandardCharsets.ISO_8859_1), DOCX))
                .isEqualTo(ZipContainers.Verdict.NOT_THIS_TYPE);
        assertThat(ZipContainers.check(new byte[]{1, 2, 3}, "application/pdf")).isEqualTo(ZipContainers.Verdict.FINE);
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
