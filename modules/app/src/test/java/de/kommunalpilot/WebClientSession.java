package de.kommunalpilot;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like HTTP session against the running test server: cookies, the login form with its CSRF
 * token, the webapps' XSRF header. Redirects are not followed, so tests see them.
 */
final class WebClientSession {

	private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;
	private final CookieManager cookies;
	private final HttpClient client;

	WebClientSession(int port) {
		this(port, new CookieManager());
	}

	private WebClientSession(int port, CookieManager cookies) {
		this.base = "http://127.0.0.1:" + port;
		this.cookies = cookies;
		this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	String cookieSummary() {
		return cookies.getCookieStore().getCookies().toString();
	}

	/** The same browser (its cookies) against another server, e.g. the other node of a cluster. */
	WebClientSession on(int port) {
		return new WebClientSession(port, cookies);
	}

	HttpResponse<String> login(String user, String password) {
		return loginFrom(null, user, password);
	}

	/** Signs in as a browser behind the trusted proxy at the client address (X-Forwarded-For) would. */
	HttpResponse<String> loginFrom(String clientAddress, String user, String password) {
		String page = get("/login").body();
		Matcher csrf = CSRF_FIELD.matcher(page);
		if (!csrf.find()) {
			throw new IllegalStateException("login page without CSRF token");
		}
		String form = "username=" + user + "&password=" + password + "&_csrf=" + csrf.group(1);
		HttpRequest.Builder request = HttpRequest.newBuilder(uri("/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form));
		if (clientAddress != null) {
			request.header("X-Forwarded-For", clientAddress);
		}
		return send(request.build());
	}

	HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html,application/json").GET().build());
	}

	HttpResponse<String> postToWebappApi(String path) {
		String xsrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
				.map(HttpCookie::getValue).findFirst().orElse("");
		return send(HttpRequest.newBuilder(uri(path)).header("X-XSRF-TOKEN", xsrf)
				.POST(HttpRequest.BodyPublishers.noBody()).build());
	}

	/** A JSON request to the webapps' API as the signed-in user, with the webapps' CSRF header (as Tasklist sends it). */
	HttpResponse<String> sendJsonToWebappApi(String method, String path, String json) {
		String xsrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
				.map(HttpCookie::getValue).findFirst().orElse("");
		return send(HttpRequest.newBuilder(uri(path)).header("X-XSRF-TOKEN", xsrf).header("Content-Type", "application/json")
				.header("Accept", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json)).build());
	}

	/** A JSON POST with the session cookie only, as a forged request from another site would send it. */
	HttpResponse<String> postToWebappApiWithoutCsrfToken(String path, String json) {
		return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json").header("Accept", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json)).build());
	}

	/**
	 * Sends a form; a public form's redirect to its confirmation (Post/Redirect/Get) is followed as a browser
	 * would, so the answer is the confirmation page. Other redirects are returned as they are.
	 */
	HttpResponse<String> postForm(String path, String body) {
		HttpResponse<String> response = postFormRaw(path, body);
		String location = response.headers().firstValue("Location").orElse("");
		if (response.statusCode() == 302 && location.contains("/oeffentlich/bestaetigung/")) {
			return get(location.replaceFirst("^https?://[^/]+", ""));
		}
		return response;
	}

	/** Sends a form and returns the answer itself (no redirect followed). */
	HttpResponse<String> postFormRaw(String path, String body) {
		return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body)).build());
	}

	/** A form posted as htmx does it (the {@code HX-Request} header): the answer is the section to swap in. */
	HttpResponse<String> postHtmx(String path, String body) {
		return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded").header("HX-Request", "true")
				.POST(HttpRequest.BodyPublishers.ofString(body)).build());
	}

	String csrfTokenFrom(String path) {
		Matcher csrf = CSRF_FIELD.matcher(get(path).body());
		return csrf.find() ? csrf.group(1) : "";
	}

	static HttpResponse<String> basic(int port, String method, String path, String user, String password,
			String contentType, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
				.header("Accept", "application/json, application/problem+json")
				.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
						: HttpRequest.BodyPublishers.ofString(body));
		if (user != null) {
			request.header("Authorization", "Basic " + Base64.getEncoder()
					.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
		}
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		try {
			return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** GET with HTTP Basic, the body as bytes (downloads). */
	static HttpResponse<byte[]> basicBytes(int port, String path, String user) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
				.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
				.GET().build();
		try {
			return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** GET as the signed-in user, the body as bytes (a PDF a page offers). */
	HttpResponse<byte[]> getBytes(String path) {
		try {
			return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private URI uri(String path) {
		return URI.create(base + path);
	}
}
