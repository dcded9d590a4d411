package de.kommunalpilot.platform.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import de.kommunalpilot.platform.MailOutbox;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The mail outbox for coordinators and administrators: what was sent, what waits for an SMTP server.
 */
@RestController
@Validated
class OutboxController {

	private final MailOutbox outbox;

	OutboxController(MailOutbox outbox) {
		this.outbox = outbox;
	}

	/**
	 * Lists the mails sent or waiting to be sent, newest first.
	 *
	 * Coordinators and administrators only.
	 *
	 * @param reference only the mails about this case (its reference)
	 * @param limit how many, 1 to 500
	 * @return the mails
	 */
	@GetMapping("/api/outbox")
	@PreAuthorize("hasAnyAuthority('coordinators', 'camunda-admin')")
	List<MailOutbox.Mail> listRecentMails(@RequestParam(required = false) String reference,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
		return outbox.recent(reference == null || reference.isBlank() ? null : reference, limit);
	}
}
