package de.kommunalpilot.identity.engine;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import de.kommunalpilot.identity.Groups;

/**
 * The login page, and the start page that sends each user to where their work is.
 */
@Controller
class LoginController {

	@GetMapping("/login")
	String login() {
		return "identity/login";
	}

	@GetMapping("/")
	String start(Authentication authentication) {
		Set<String> groups = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
				.collect(Collectors.toSet());
		// leads monitor the programme on the dashboard; their approvals wait in Tasklist under „Projektleitung — offen“
		if (groups.contains(Groups.LEADS)) {
			return "redirect:/dashboard";
		}
		if (groups.contains(Groups.COORDINATORS) || groups.contains(Groups.EXPERTS)) {
			return "redirect:/camunda/app/tasklist/";
		}
		if (groups.contains(Groups.ADMINS)) {
			return "redirect:/camunda/app/admin/";
		}
		return "redirect:/camunda/app/welcome/";
	}
}
