package org.coopflow.attachment;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A download that a browser saves and never renders: attachment disposition, the type detected at upload
 * (never text/html), no sniffing, and a sandbox policy in case a browser opens it anyway.
 */
public final class AttachmentDownload {

    private AttachmentDownload() {
    }

    public static ResponseEntity<byte[]> of(AttachmentFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.content().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(file.filename()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(file.content());
    }

    /** RFC 6266: an ASCII fallback for old clients, and the real (UTF-8) name in filename*. */
    static String contentDisposition(String filename) {
        String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        String fallback = SafeFileName.asciiFallback(filename).replace("\"", "_");
        return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded;
    }
}
