package de.kommunalpilot.platform.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Tasklist offers „Prozess starten“ only to who may start a process there, and „Aufgabe erstellen“ to no one
 * (a task without a case is refused by the engine's allow-list, {@link EngineRestGuard}). The webapps'
 * supported way to leave a plugin out is the {@code cam-exclude-plugins} attribute of the page's
 * {@code <base>} tag; this filter sets it on Tasklist's page per signed-in user (the page is therefore not
 * cached).
 */
class TasklistPluginExclusion extends OncePerRequestFilter {

	/** Tasklist's page: {@code /camunda/app/tasklist/} or {@code /camunda/app/tasklist/{engine}/}. */
	private static final Pattern PAGE = Pattern.compile("/camunda/app/tasklist/(?:[\\w-]+/)?");

	static final String START_PROCESS = "tasklist.navbar.action:start-process-action";

	static final String CREATE_TASK = "tasklist.navbar.action:create-task-action";

	private final StartableProcesses startable;

	TasklistPluginExclusion(StartableProcesses startable) {
		this.startable = startable;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !"GET".equals(request.getMethod()) || !PAGE.matcher(path).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper page = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, page);
		String type = page.getContentType();
		Principal user = request.getUserPrincipal();
		List<String> excluded = new ArrayList<>(List.of(CREATE_TASK));
		if (user != null && !startable.anyFor(user.getName())) {
			excluded.add(START_PROCESS);
		}
		if (page.getStatus() != 200 || type == null || !type.startsWith("text/html")) {
			page.copyBodyToResponse();
			return;
		}
		String html = new String(page.getContentAsByteArray(), StandardCharsets.UTF_8);
		byte[] changed = html.replaceFirst("<base ", "<base cam-exclude-plugins=\"" + String.join(",", excluded) + "\" ")
				.getBytes(StandardCharsets.UTF_8);
		page.resetBuffer();
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setContentLength(changed.length);
		response.getOutputStream().write(changed);
	}
}
