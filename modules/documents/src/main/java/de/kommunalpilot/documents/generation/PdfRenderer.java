package de.kommunalpilot.documents.generation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

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
 * mode) with openhtmltopdf, as PDF/UA: tagged, with the document's language and title, the fonts embedded.
 * Text is set in DejaVu Sans, shipped with the application (it covers the letters of the names experts and
 * municipalities bring; Bitstream Vera licence, {@code fonts/LICENSE-DejaVu.txt}).
 */
@Component
public class PdfRenderer {

	private final SpringTemplateEngine templates;

	PdfRenderer() {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/pdf/");
		resolver.setSuffix(".xhtml");
		resolver.setTemplateMode(TemplateMode.XML);
		resolver.setCharacterEncoding("UTF-8");
		this.templates = new SpringTemplateEngine();
		this.templates.setTemplateResolver(resolver);
	}

	/** The fonts, read from the jar once (700 KB each; read per document they showed in the benchmark's profile). */
	private static final byte[] REGULAR = font("/fonts/DejaVuSans.ttf");
	private static final byte[] BOLD = font("/fonts/DejaVuSans-Bold.ttf");

	private static byte[] font(String resource) {
		try (java.io.InputStream in = PdfRenderer.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Font " + resource + " is missing");
			}
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
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
			// PDF/UA: tagged structure, document language and title from the XHTML, fonts embedded (shipped with the app)
			builder.usePdfUaAccessibility(true);
			builder.useFont(() -> new java.io.ByteArrayInputStream(REGULAR), "DejaVu Sans", 400, FontStyle.NORMAL, true);
			builder.useFont(() -> new java.io.ByteArrayInputStream(BOLD), "DejaVu Sans", 700, FontStyle.NORMAL, true);
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
