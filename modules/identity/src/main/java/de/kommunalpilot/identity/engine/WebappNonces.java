package de.kommunalpilot.identity.engine;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes the nonces in a Camunda webapp's page agree with the policy sent with it. Camunda keeps the nonce it puts in
 * the Content-Security-Policy header in an attribute of the servlet context — one for all requests — and writes it
 * into the page later in the request, so a request that passes the header filter meanwhile (another user, or the
 * browser's own asset requests) changes the page's nonce: the browser then blocks every script and Tasklist stays
 * blank (seen in a browser test under load). The page's nonces are set to the header's, which is this response's own.
 * Only the pages (paths without a file extension, or {@code .html}) are buffered; scripts and styles pass untouched.
 */
class WebappNonces extends OncePerRequestFilter {

	private static final Pattern HEADER_NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]+)'");
	private static final Pattern PAGE_NONCE = Pattern.compile("nonce=\"[^\"]*\"");

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		String last = path.substring(path.lastIndexOf('/') + 1);
		return !(last.isEmpty() || last.endsWith(".html") || !last.contains("."));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper page = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, page);
			String policy = page.getHeader("Content-Security-Policy");
			String type = page.getContentType();
			Matcher nonce = policy == null ? null : HEADER_NONCE.matcher(policy);
			if (type != null && type.startsWith("text/html") && nonce != null && nonce.find()) {
				Charset charset = page.getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(page.getCharacterEncoding());
				String html = new String(page.getContentAsByteArray(), charset);
				String aligned = PAGE_NONCE.matcher(html).replaceAll(Matcher.quoteReplacement("nonce=\"" + nonce.group(1) + "\""));
				if (!aligned.equals(html)) {
					page.resetBuffer();
					page.getOutputStream().write(aligned.getBytes(charset));
				}
			}
		}
		finally {
			page.copyBodyToResponse();
		}
	}
}
