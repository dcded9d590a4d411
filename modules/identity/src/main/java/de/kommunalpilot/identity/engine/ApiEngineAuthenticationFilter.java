package de.kommunalpilot.identity.engine;

import java.io.IOException;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Makes the engine check its authorizations for the signed-in user while the app's own API serves a
 * request, so that {@code /api/**} shows an expert exactly what Tasklist shows them.
 */
class ApiEngineAuthenticationFilter extends OncePerRequestFilter {

	private final IdentityService identityService;

	ApiEngineAuthenticationFilter(IdentityService identityService) {
		this.identityService = identityService;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			chain.doFilter(request, response);
			return;
		}
		List<String> groups = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
		identityService.setAuthentication(authentication.getName(), groups);
		try {
			chain.doFilter(request, response);
		}
		finally {
			identityService.clearAuthentication();
		}
	}
}
