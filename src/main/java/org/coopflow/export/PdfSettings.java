package org.coopflow.export;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * PDF export settings ({@code coopflow.pdf.*}).
 *
 * @param fontDirs directories searched (with their subdirectories) for TrueType fonts that cover Hangul and the
 *                 partners' other scripts, e.g. Debian's fonts-nanum and fonts-noto-core; relative paths are resolved
 *                 against the working directory
 */
@ConfigurationProperties("coopflow.pdf")
public record PdfSettings(@DefaultValue({"/usr/share/fonts", "./config/fonts"}) List<String> fontDirs) {

    /** Strings, not Paths, in the record: the binder cannot create a Path from a default value (it binds null). */
    List<Path> fontDirectories() {
        return fontDirs.stream().map(Path::of).toList();
    }
}
