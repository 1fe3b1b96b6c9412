package org.coopflow.export;

import static com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI;
import static com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * PDF documents drawn from Thymeleaf templates (written as XHTML: openhtmltopdf parses them as XML), in the
 * reader's language, with the Korean-capable font of {@link PdfFonts} (CSS family {@code coopflow-text}) and its
 * fallbacks for the other scripts partners write in.
 * Templates may use the same beans as the pages ({@code ${@dates...}}, {@code ${@requestLabels...}}) and
 * {@code generatedAt}, the time of the export.
 */
@Component
public class PdfRenderer {

    /** Characters XML 1.0 forbids (control characters typed or pasted into an MOU): dropped, not fatal. */
    private static final Pattern NOT_XML = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

    static {
        XRLog.setLoggerImpl(new Slf4jXRLogger());
    }

    private final ITemplateEngine templates;
    private final PdfFonts fonts;
    private final ApplicationContext applicationContext;
    private final ConversionService conversions;
    private final Clock clock;

    PdfRenderer(ITemplateEngine templates, PdfFonts fonts, ApplicationContext applicationContext,
                @Qualifier("mvcConversionService") ConversionService mvcConversionService, Clock clock) {
        this.clock = clock;
        this.templates = templates;
        this.fonts = fonts;
        this.applicationContext = applicationContext;
        this.conversions = mvcConversionService;
    }

    /** The template rendered as a PDF download: an attachment, never shown inline, never sniffed. */
    public ResponseEntity<byte[]> attachment(String filename, String template, Map<String, Object> variables,
                                             Locale locale) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(render(template, variables, locale));
    }

    public byte[] render(String template, Map<String, Object> variables, Locale locale) {
        Context context = new Context(locale, variables);
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(applicationContext, conversions));
        context.setVariable("generatedAt", clock.instant());
        String xhtml = NOT_XML.matcher(templates.process(template, context)).replaceAll("");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .withProducer("CoopFlow")
                .withHtmlContent(xhtml, null)
                // everything is in the template: no file, network or data URI is ever fetched
                .useExternalResourceAccessControl((uri, type) -> false, RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> false, RUN_AFTER_RESOLVING_URI)
                .toStream(pdf);
        fonts.regular().ifPresent(file -> builder.useFont(file, PdfFonts.FAMILY, 400, FontStyle.NORMAL, true));
        fonts.bold().ifPresent(file -> builder.useFont(file, PdfFonts.FAMILY, 700, FontStyle.NORMAL, true));
        // tried for every character the templates' font lacks, before the built-in (Latin-only) sans-serif
        EnumSet<FSFontUseCase> fallback = EnumSet.of(FSFontUseCase.FALLBACK_PRE);
        List<PdfFonts.Face> fallbacks = fonts.fallbacks();
        for (int i = 0; i < fallbacks.size(); i++) {
            String family = PdfFonts.FAMILY + "-fallback-" + i;
            PdfFonts.Face face = fallbacks.get(i);
            builder.useFont(face.regular(), family, 400, FontStyle.NORMAL, true, fallback);
            face.bold().ifPresent(bold -> builder.useFont(bold, family, 700, FontStyle.NORMAL, true, fallback));
        }
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF " + template + " could not be written", e);
        }
        return pdf.toByteArray();
    }

    /** Whether Korean text will be visible (a Hangul font was found at start-up). */
    public boolean rendersKorean() {
        return fonts.coverKorean();
    }
}
