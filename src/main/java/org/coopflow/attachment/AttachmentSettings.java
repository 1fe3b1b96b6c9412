package org.coopflow.attachment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Upload settings ({@code coopflow.attachments.*} in config/application.yml).
 *
 * @param maxSize the largest file accepted; keep spring.servlet.multipart.max-file-size at least as large
 */
@ConfigurationProperties("coopflow.attachments")
public record AttachmentSettings(@DefaultValue("15MB") DataSize maxSize) {

    /** The limit as people read it ("15 MB"). */
    public String maxSizeText() {
        long megabytes = maxSize.toMegabytes();
        return megabytes > 0 ? megabytes + " MB" : maxSize.toKilobytes() + " KB";
    }
}
