package de.kommunalpilot.documents.generation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import de.kommunalpilot.platform.FormFields;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Renders the programme's PDFs from XHTML templates ({@code templates/pdf/*.xhtml}, Thymeleaf in XML
 * mode) with openhtmltopdf. Text is set in DejaVu Sans when the font is installed (it covers the letters
 * of the names experts and municipalities bring), otherwise in the PDF's built-in Helvetica.
 */
@Component
public class PdfRenderer {

	private static final Logger log = LoggerFactory.getLogger(PdfRenderer.class);

	private final SpringTemplateEngine templates;
	private final Path regularFont;
	private final Path boldFont;

	PdfRenderer(@Value("${kommunalpilot.documents.font-directory:/usr/share/fonts/truetype/dejavu}") Path fontDirectory) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/pdf/");
		resolver.setSuffix(".xhtml");
		resolver.setTemplateMode(TemplateMode.XML);
		resolver.setCharacterEncoding("UTF-8");
		this.templates = new SpringTemplateEngine();
		this.templates.setTemplateResolver(resolver);
		this.regularFont = fontDirectory.resolve("DejaVuSans.ttf");
		this.boldFont = fontDirectory.resolve("DejaVuSans-Bold.ttf");
		if (!Files.isReadable(regularFont)) {
			log.info("No DejaVu Sans under {}: PDFs use the built-in Helvetica", fontDirectory);
		}
	}

	/** Renders the template with the variables to a PDF. */
	public byte[] render(String template, Map<String, Object> variables) {
		Context context = new Context(Locale.GERMANY, variables);
		// texts stored before the input checks may hold characters XML cannot, they must not break a PDF
		String xhtml = FormFields.printable(templates.process(template, context), false);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			if (Files.isReadable(regularFont)) {
				builder.useFont(regularFont.toFile(), "DejaVu Sans", 400, FontStyle.NORMAL, true);
				if (Files.isReadable(boldFont)) {
					builder.useFont(boldFont.toFile(), "DejaVu Sans", 700, FontStyle.NORMAL, true);
				}
			}
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not render " + template, e);
		}
	}
}
