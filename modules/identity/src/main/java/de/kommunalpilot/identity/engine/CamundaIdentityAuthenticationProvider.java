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
 * application, and grants the user's group ids as authorities. Camunda's own lockout after repeated
 * failed attempts applies.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

	private final IdentityService identityService;

	CamundaIdentityAuthenticationProvider(IdentityService identityService) {
		this.identityService = identityService;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String userId = authentication.getName();
		Object credentials = authentication.getCredentials();
		if (userId == null || userId.isBlank() || credentials == null
				|| !identityService.checkPassword(userId, credentials.toString())) {
			throw new BadCredentialsException("Benutzername oder Passwort ist falsch.");
		}
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
