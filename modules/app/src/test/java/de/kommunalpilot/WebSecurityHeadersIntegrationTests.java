package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the web layer promises every browser: a Content-Security-Policy without inline scripts on the
 * app's pages (the webapps keep their own, with nonces), Referrer-Policy and Permissions-Policy;
 * redirects that never carry the Host header a client sent; behind a TLS proxy (forwarded headers) a
 * Secure session cookie and HSTS.
 */
@IntegrationTest
class WebSecurityHeadersIntegrationTests {

	@LocalServerPort int port;

	@ParameterizedTest
	@ValueSource(strings = { "/login", "/oeffentlich/anfrage", "/oeffentlich/expertinnen", "/pilotvorhaben", "/dashboard",
			"/austauschtreffen", "/ausstellung", "/expertinnen", "/handreichung" })
	void everyPageHasAPolicyWithoutInlineScripts(String path) {
		WebClientSession browser = new WebClientSession(port);
		if (!path.startsWith("/login") && !path.startsWith("/oeffentlich")) {
			browser.login("koordination", "demo");
		}
		HttpResponse<String> page = browser.get(path);
		assertThat(page.statusCode()).isEqualTo(200);
		List<String> policies = page.headers().allValues("Content-Security-Policy");
		assertThat(policies).hasSize(1);
		assertThat(policies.get(0)).contains("default-src 'self'", "script-src 'self';", "object-src 'none'", "frame-ancestors 'none'",
				"form-action 'self'", "base-uri 'self'").doesNotContain("unsafe-eval").doesNotContainPattern("script-src[^;]*unsafe-inline");
		assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
		assertThat(page.headers().firstValue("Permissions-Policy")).hasValueSatisfying(p -> assertThat(p).contains("camera=()", "geolocation=()"));
		assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		// what the policy forbids must not be in the page either
		assertThat(page.body()).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>").doesNotContainPattern("\\son[a-z]+=\"")
				.doesNotContain("javascript:");
	}

	@Test
	void theWebappsAndTheApiKeepTheirOwnPolicies() {
		WebClientSession browser = new WebClientSession(port);
		browser.login("koordination", "demo");
		HttpResponse<String> tasklist = browser.get("/camunda/app/tasklist/default/");
		assertThat(tasklist.statusCode()).isEqualTo(200);
		assertThat(tasklist.headers().allValues("Content-Security-Policy")).singleElement()
				.satisfies(policy -> assertThat(policy).contains("nonce-"));
		assertThat(tasklist.headers().firstValue("Referrer-Policy")).hasValue("same-origin");

		HttpResponse<String> api = new Api(port, "koordination").get("/api/practices");
		assertThat(api.headers().allValues("Content-Security-Policy")).containsExactly("default-src 'none'; frame-ancestors 'none'");
	}

	@Test
	void redirectsNeverCarryTheHostHeader() throws IOException {
		String unauthenticated = raw("GET /pilotvorhaben HTTP/1.1\r\nHost: evil.example.org\r\nConnection: close\r\n\r\n");
		assertThat(unauthenticated).startsWith("HTTP/1.1 302").doesNotContain("evil.example.org").containsPattern("(?i)\r\nLocation: /login\r\n");
		String slash = raw("GET /camunda HTTP/1.1\r\nHost: evil.example.org:8443\r\nConnection: close\r\n\r\n");
		assertThat(slash).doesNotContain("evil.example.org");
		String forwarded = raw("GET /pilotvorhaben HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Forwarded-Host: evil.example.org\r\nConnection: close\r\n\r\n");
		assertThat(forwarded).startsWith("HTTP/1.1 302").doesNotContain("evil.example.org");
	}

	@Test
	void behindATlsProxyTheSessionCookieIsSecureAndHstsIsSent() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		HttpResponse<String> viaProxy = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
				.header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
		assertThat(viaProxy.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
				.startsWith("SESSION=").containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
		assertThat(viaProxy.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(h -> assertThat(h).contains("max-age="));

		HttpResponse<String> direct = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(direct.headers().allValues("Set-Cookie")).allSatisfy(cookie -> assertThat(cookie).doesNotContainIgnoringCase("Secure"));
		assertThat(direct.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

	/** A request as written, because Java's HTTP client does not let a test choose the Host header. */
	private String raw(String request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
			int end = response.indexOf("\r\n\r\n");
			return end < 0 ? response : response.substring(0, end + 2);
		}
	}
}
