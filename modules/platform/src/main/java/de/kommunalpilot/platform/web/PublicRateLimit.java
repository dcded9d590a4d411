package de.kommunalpilot.platform.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

import de.kommunalpilot.platform.PublicPages;

/**
 * Limits submissions to the public pages per client address (a sliding window): a form posted more
 * often gets a German 429 page and reaches no controller. The address is the connection's, unless
 * the operator lets a trusted proxy set it ({@code server.forward-headers-strategy}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class PublicRateLimit extends OncePerRequestFilter {

	private final int limit;
	private final Duration window;
	private final Clock clock;
	private final Map<String, Deque<Long>> submissions = new ConcurrentHashMap<>();

	@Autowired
	PublicRateLimit(@Value("${kommunalpilot.public.rate-limit:10}") int limit,
			@Value("${kommunalpilot.public.rate-window:PT10M}") Duration window) {
		this(limit, window, Clock.systemUTC());
	}

	PublicRateLimit(int limit, Duration window, Clock clock) {
		this.limit = limit;
		this.window = window;
		this.clock = clock;
	}

	/**
	 * Counts every POST to the public pages by the path the container decoded and normalised (servlet
	 * path and path info, without path parameters such as {@code ;jsessionid}), so that {@code %6F},
	 * doubled slashes, a trailing slash or another letter case reach the same limit.
	 */
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equalsIgnoreCase(request.getMethod()) || !isPublic(request);
	}

	static boolean isPublic(HttpServletRequest request) {
		String path = de.kommunalpilot.platform.RequestPaths.normalised(request).toLowerCase(java.util.Locale.ROOT);
		return path.equals(PublicPages.PATH) || path.startsWith(PublicPages.PATH + "/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (admit(request.getRemoteAddr())) {
			chain.doFilter(request, response);
			return;
		}
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader("Retry-After", String.valueOf(window.toSeconds()));
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write("""
				<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Zu viele Anfragen – Kommunalpilot</title>
				<link rel="stylesheet" href="%s/webjars/bootstrap/css/bootstrap.min.css"></head>
				<body><main class="container py-5"><h1 class="h3">Zu viele Anfragen</h1>
				<p class="lead">Von Ihrem Anschluss kamen in kurzer Zeit sehr viele Formulare. Bitte versuchen Sie es in %d Minuten erneut.</p>
				</main></body></html>
				""".formatted(HtmlUtils.htmlEscape(request.getContextPath()), Math.max(1, window.toMinutes())));
	}

	boolean admit(String address) {
		long now = clock.millis();
		long since = now - window.toMillis();
		boolean[] admitted = new boolean[1];
		submissions.compute(address, (key, times) -> {
			Deque<Long> recent = times == null ? new ArrayDeque<>() : times;
			while (!recent.isEmpty() && recent.peekFirst() <= since) {
				recent.pollFirst();
			}
			admitted[0] = recent.size() < limit;
			if (admitted[0]) {
				recent.addLast(now);
			}
			return recent;
		});
		if (submissions.size() > 10_000) {
			submissions.values().removeIf(times -> times.isEmpty() || times.peekLast() <= since);
		}
		return admitted[0];
	}
}
