package de.kommunalpilot.identity.engine;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks user name and password against Camunda's identity store, the one user store of the
 * application, and grants the user's group ids as authorities. Failed attempts delay the account (the
 * engine, never for good) and the client address ({@link LoginThrottle}).
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

	private final IdentityService identityService;
	private final LoginThrottle throttle;

	CamundaIdentityAuthenticationProvider(IdentityService identityService, LoginThrottle throttle) {
		this.identityService = identityService;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String userId = authentication.getName();
		Object credentials = authentication.getCredentials();
		String address = authentication.getDetails() instanceof org.springframework.security.web.authentication.WebAuthenticationDetails web
				? web.getRemoteAddress() : "unknown";
		LoginThrottle.Attempt attempt = throttle.attempt(address);
		if (!attempt.admitted()) {
			throw new BadCredentialsException("Zu viele fehlgeschlagene Anmeldungen. Bitte warten Sie einen Moment.");
		}
		if (userId == null || userId.isBlank() || credentials == null
				|| !identityService.checkPassword(userId, credentials.toString())) {
			attempt.failed(userId);
			throw new BadCredentialsException("Benutzername oder Passwort ist falsch.");
		}
		attempt.succeeded();
		List<GrantedAuthority> authorities = identityService.createGroupQuery().groupMember(userId).list().stream()
				.map(Group::getId)
				.<GrantedAuthority>map(SimpleGrantedAuthority::new)
				.toList();
		return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
