package de.kommunalpilot.pilots.process;

import static de.kommunalpilot.pilots.process.ProcessVariables.*;

import java.util.function.Function;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import de.kommunalpilot.platform.FormValues;
import de.kommunalpilot.experts.Expert;
import de.kommunalpilot.experts.ExpertId;
import de.kommunalpilot.experts.Experts;
import de.kommunalpilot.platform.CaseTasks;
import de.kommunalpilot.platform.MailOutbox;
import de.kommunalpilot.platform.PublicPages;

/**
 * Mails to the expert a pilot asks; experts without an address get none (they see their tasks in
 * Tasklist all the same).
 */
@Component
class ExpertMails {

	private final Experts experts;
	private final MailOutbox outbox;
	private final PublicPages pages;

	ExpertMails(Experts experts, MailOutbox outbox, PublicPages pages) {
		this.experts = experts;
		this.outbox = outbox;
		this.pages = pages;
	}

	/** The link to the expert's open task of this process, also when the mail goes out before the task exists. */
	String taskLink(DelegateExecution execution) {
		return pages.link(CaseTasks.taskOfProcessPath(execution.getProcessInstanceId()));
	}

	Expert expert(DelegateExecution execution) {
		return experts.get(ExpertId.of(FormValues.text(execution.getVariable(EXPERT_ID))));
	}

	void send(DelegateExecution execution, String category, String subject, Function<Expert, String> body) {
		Expert expert = expert(execution);
		if (expert.email() != null) {
			outbox.queue(expert.email(), subject, body.apply(expert), category, (String) execution.getVariable(REFERENCE));
		}
	}
}
