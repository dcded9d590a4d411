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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

import de.kommunalpilot.platform.AdvisoryLocks;
import de.kommunalpilot.platform.PublicPages;

/**
 * Limits submissions to the public pages per client address (a sliding window): a form posted more
 * often gets a German 429 page and reaches no controller. The address is the connection's, unless
 * the operator lets a trusted proxy set it ({@code server.forward-headers-strategy}). The submissions are
 * counted in the database ({@code platform_rate_hit}), so the limit holds across all nodes behind a proxy.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class PublicRateLimit extends OncePerRequestFilter {

	private final int limit;
	private final Duration window;
	private final Clock clock;
	private final Hits hits;

	@Autowired
	PublicRateLimit(@Value("${kommunalpilot.public.rate-limit:10}") int limit,
			@Value("${kommunalpilot.public.rate-window:PT10M}") Duration window, JdbcTemplate jdbc,
			PlatformTransactionManager transactions) {
		this(limit, window, Clock.systemUTC(), new SharedHits(jdbc, new TransactionTemplate(transactions)));
	}

	/** A limit of this node alone (unit tests). */
	PublicRateLimit(int limit, Duration window) {
		this(limit, window, Clock.systemUTC());
	}

	PublicRateLimit(int limit, Duration window, Clock clock) {
		this(limit, window, clock, new LocalHits());
	}

	PublicRateLimit(int limit, Duration window, Clock clock, Hits hits) {
		this.limit = limit;
		this.window = window;
		this.clock = clock;
		this.hits = hits;
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
		return hits.admit(address, now, now - window.toMillis(), limit);
	}

	/** The submissions counted per address: whether one more at {@code now} is within the limit (and if so, counted). */
	interface Hits {
		boolean admit(String address, long now, long since, int limit);
	}

	/** Counted in the database, under a transaction-scoped advisory lock per address, so two nodes never both admit the last. */
	static final class SharedHits implements Hits {

		/** „KPRL“. */
		static final int LOCK_KIND = 0x4b50524c;

		private final JdbcTemplate jdbc;
		private final TransactionTemplate transactions;

		SharedHits(JdbcTemplate jdbc, TransactionTemplate transactions) {
			this.jdbc = jdbc;
			this.transactions = transactions;
		}

		@Override
		public boolean admit(String address, long now, long since, int limit) {
			return Boolean.TRUE.equals(transactions.execute(status -> {
				AdvisoryLocks.forTransaction(jdbc, AdvisoryLocks.key(LOCK_KIND, address));
				jdbc.update("delete from platform_rate_hit where address = ? and at <= ?", address, new java.sql.Timestamp(since));
				Long recent = jdbc.queryForObject("select count(*) from platform_rate_hit where address = ?", Long.class, address);
				if (recent != null && recent >= limit) {
					return false;
				}
				jdbc.update("insert into platform_rate_hit (address, at) values (?, ?)", address, new java.sql.Timestamp(now));
				return true;
			}));
		}
	}

	/** Counted in this node's memory. */
	static final class LocalHits implements Hits {

		private final Map<String, Deque<Long>> submissions = new ConcurrentHashMap<>();

		@Override
		public boolean admit(String address, long now, long since, int limit) {
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
}
