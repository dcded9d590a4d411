package de.kommunalpilot.platform;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The signed-in user's groups as the controllers of all modules read them; the group ids are those of
 * the identity module ({@code coordinators}, {@code leads}, {@code experts}, {@code camunda-admin}).
 */
public final class Roles {

	private Roles() {
	}

	public static Set<String> groups(Authentication user) {
		return user == null ? Set.of()
				: user.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
	}

	/** Staff (coordination, leads, administrators) see every case; experts only their own. */
	public static boolean isStaff(Set<String> groups) {
		return groups.contains("coordinators") || groups.contains("leads") || groups.contains("camunda-admin");
	}

	public static boolean isStaff(Authentication user) {
		return isStaff(groups(user));
	}
}
