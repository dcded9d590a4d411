package de.kommunalpilot.identity.engine;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * 401 and 403 for REST clients as problem+json, with the Basic challenge so that clients know how to
 * authenticate.
 */
@Component
class ProblemJsonSecurityHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final ObjectMapper objectMapper;

	ProblemJsonSecurityHandlers(ObjectMapper objectMapper) {
		this.objectMapper = objectMapper;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		response.setHeader("WWW-Authenticate", "Basic realm=\"Kommunalpilot\", charset=\"UTF-8\"");
		write(response, HttpStatus.UNAUTHORIZED, "Anmeldung erforderlich",
				"Bitte mit Benutzername und Passwort anmelden (HTTP Basic).", request);
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException {
		write(response, HttpStatus.FORBIDDEN, "Keine Berechtigung",
				"Für diese Aktion fehlt die Berechtigung.", request);
	}

	private void write(HttpServletResponse response, HttpStatus status, String title, String detail,
			HttpServletRequest request) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setType(java.net.URI.create("urn:kommunalpilot:problem:" + (status == HttpStatus.UNAUTHORIZED
				? "unauthenticated" : "forbidden")));
		problem.setInstance(java.net.URI.create(request.getRequestURI()));
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		objectMapper.writeValue(response.getOutputStream(), problem);
	}
}
