package de.kommunalpilot.platform;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The path of a request as the container decoded and normalised it (servlet path and path info, without
 * path parameters such as {@code ;jsessionid}), with repeated and trailing slashes removed: the one form
 * the filters that decide by path (the engine's allow-list, the public rate limit) compare, so that
 * {@code %6F}, {@code //} or a trailing slash cannot lead past them.
 */
public final class RequestPaths {

	private RequestPaths() {
	}

	public static String normalised(HttpServletRequest request) {
		String path = (request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo())).replaceAll("/{2,}", "/");
		while (path.length() > 1 && path.endsWith("/")) {
			path = path.substring(0, path.length() - 1);
		}
		return path;
	}
}
