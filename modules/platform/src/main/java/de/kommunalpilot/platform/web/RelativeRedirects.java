package de.kommunalpilot.platform.web;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Redirects never carry the {@code Host} header back to the client: a redirect to the app itself that a
 * framework built absolute from the request (the login entry point, the saved request after login, the
 * webapps) leaves as a path — the browser resolves it against the address it used. Tomcat keeps relative
 * redirects relative ({@code server.tomcat.use-relative-redirects}); links that must be absolute (mails)
 * come from the configured public URL ({@link de.kommunalpilot.platform.PublicPages#link}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RelativeRedirects extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, new HttpServletResponseWrapper(response) {

			@Override
			public void sendRedirect(String location) throws IOException {
				super.sendRedirect(relative(location));
			}

			@Override
			public void setHeader(String name, String value) {
				super.setHeader(name, HttpHeaders.LOCATION.equalsIgnoreCase(name) ? relative(value) : value);
			}

			@Override
			public void addHeader(String name, String value) {
				super.addHeader(name, HttpHeaders.LOCATION.equalsIgnoreCase(name) ? relative(value) : value);
			}
		});
	}

	/** An absolute http(s) location becomes its path, query and fragment; anything else stays as it is. */
	static String relative(String location) {
		if (location == null || !(location.regionMatches(true, 0, "http://", 0, 7) || location.regionMatches(true, 0, "https://", 0, 8))) {
			return location;
		}
		try {
			URI uri = new URI(location);
			// "//host/…" would be a protocol-relative redirect to another site
			String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath().replaceFirst("^/{2,}", "/");
			return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
					+ (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
		}
		catch (URISyntaxException e) {
			return "/";
		}
	}
}
