package de.kommunalpilot.platform.web;

import java.io.IOException;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

import de.kommunalpilot.platform.FormFields;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

/**
 * The same check as {@link InputHygiene} for what pages and public forms post (form fields, multipart
 * fields and upload file names): control characters and bidirectional overrides are refused with 400
 * and the field named before any controller runs, so nothing is stored. The engine's REST surface is
 * left to the task forms' declarations.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class FormParameterHygiene extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(java.util.Locale.ROOT);
		String path = request.getServletPath();
		return "GET".equalsIgnoreCase(request.getMethod()) || path.startsWith("/engine-rest") || path.startsWith("/camunda")
				|| !(type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE) || type.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String field = offendingField(request);
		if (field == null) {
			chain.doFilter(request, response);
			return;
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		response.setCharacterEncoding("UTF-8");
		if (request.getServletPath().startsWith("/api/")) {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter().write("{\"type\":\"urn:kommunalpilot:problem:validation\",\"title\":\"Ungültige Eingabe\",\"status\":400,"
					+ "\"detail\":\"Die Anfrage enthält ungültige Felder.\",\"errors\":{\"" + json(field) + "\":\""
					+ FormFields.CONTROL_CHARACTERS + "\"}}");
			return;
		}
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.getWriter().write("""
				<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Ungültige Eingabe – Kommunalpilot</title>
				<link rel="stylesheet" href="%s/webjars/bootstrap/css/bootstrap.min.css"></head>
				<body><main class="container py-5"><h1 class="h3">Ungültige Eingabe</h1>
				<p class="lead">Im Feld „%s“ stehen unzulässige Steuerzeichen. Bitte gehen Sie zurück und geben Sie den Text noch einmal ein.</p>
				<p><a href="javascript:history.back()">Zurück zum Formular</a></p>
				</main></body></html>
				""".formatted(HtmlUtils.htmlEscape(request.getContextPath()), HtmlUtils.htmlEscape(field)));
	}

	/** The first field whose name, value or file name has control characters, or {@code null}. */
	static String offendingField(HttpServletRequest request) throws IOException, ServletException {
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (FormFields.hasControlCharacters(parameter.getKey())) {
				return "?";
			}
			for (String value : parameter.getValue()) {
				if (value != null && FormFields.hasControlCharacters(value)) {
					return parameter.getKey();
				}
			}
		}
		if (request.getContentType() != null && request.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
			java.util.Collection<Part> parts;
			try {
				parts = request.getParts();
			}
			catch (IllegalStateException tooLarge) {
				// the upload's size limit answers later with 413
				return null;
			}
			for (Part part : parts) {
				if (part.getSubmittedFileName() != null && FormFields.hasControlCharacters(part.getSubmittedFileName())) {
					return part.getName();
				}
			}
		}
		return null;
	}

	private static String json(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}
}
