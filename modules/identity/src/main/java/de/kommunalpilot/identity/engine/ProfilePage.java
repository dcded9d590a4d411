package de.kommunalpilot.identity.engine;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.kommunalpilot.identity.Groups;
import de.kommunalpilot.platform.Roles;
import de.kommunalpilot.platform.engine.EngineSystemCalls;

/** Every signed-in user's own page: who they are in the system, and which mails they want. */
@Controller
class ProfilePage {

	private final IdentityService identity;
	private final EngineSystemCalls calls;
	private final Notifications notifications;
	private final CalendarFeed feed;

	ProfilePage(IdentityService identity, EngineSystemCalls calls, Notifications notifications, CalendarFeed feed) {
		this.feed = feed;
		this.identity = identity;
		this.calls = calls;
		this.notifications = notifications;
	}

	@GetMapping("/profil")
	String show(Authentication user, Model model, @RequestParam(required = false) String gespeichert) {
		User account = calls.run(() -> identity.createUserQuery().userId(user.getName()).singleResult());
		model.addAttribute("login", user.getName());
		model.addAttribute("name", account == null ? user.getName() : Notifications.fullName(account));
		model.addAttribute("email", account == null ? null : account.getEmail());
		List<String> groups = Roles.groups(user).stream().filter(Groups.ALL::contains).sorted().map(Groups::displayName).toList();
		model.addAttribute("groups", groups);
		model.addAttribute("settings", notifications.settings(user.getName()));
		model.addAttribute("staff", Roles.isStaff(user));
		model.addAttribute("saved", gespeichert != null);
		model.addAttribute("hasFeed", feed.exists(user.getName()));
		model.addAttribute("absent", notifications.absent(user.getName()));
		return "identity/profile";
	}

	/** Away or back: while away, the next steps of one's cases go to each case's substitute. */
	@PostMapping("/profil/abwesenheit")
	String absence(Authentication user, @RequestParam(required = false) String absent) {
		notifications.setAbsent(user.getName(), "on".equals(absent));
		return "redirect:/profil?gespeichert#abwesenheit";
	}

	/** A new secret address for the calendar feed, shown once; the one before stops working. */
	@PostMapping("/profil/kalender")
	String renewFeed(Authentication user, org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
		redirect.addFlashAttribute("feedUrl", feed.renew(user.getName()));
		return "redirect:/profil#kalender";
	}

	@PostMapping("/profil")
	String save(Authentication user, @RequestParam(required = false) String assignmentMails, @RequestParam(required = false) String digest) {
		notifications.save(user.getName(), new Notifications.Settings("on".equals(assignmentMails), "on".equals(digest)));
		return "redirect:/profil?gespeichert";
	}
}
