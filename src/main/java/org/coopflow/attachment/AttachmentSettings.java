package org.coopflow.attachment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Upload settings ({@code coopflow.attachments.*} in config/application.yml).
 *
 * @param maxSize the largest file accepted, checked by the application (so a page can say which file); keep
 *                spring.servlet.multipart.max-file-size and max-request-size (what the server reads at all) larger
 */
@ConfigurationProperties("coopflow.attachments")
public record AttachmentSettings(@DefaultValue("15MB") DataSize maxSize) {

    /** The limit as people read it ("15 MB"). */
    public String maxSizeText() {
        long megabytes = maxSize.toMegabytes();
        return megabytes > 0 ? megabytes + " MB" : maxSize.toKilobytes() + " KB";
    }
}
