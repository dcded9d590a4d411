package de.kommunalpilot.exhibition.process;

import static de.kommunalpilot.exhibition.process.LoanVariables.*;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import de.kommunalpilot.exhibition.Exhibition;

/**
 * The small automated steps of the {@code exhibition-loan} process, each a bean named after its step.
 */
@Configuration(proxyBeanMethods = false)
class LoanSteps {

	@Bean("offerAlternative")
	JavaDelegate offerAlternative(LoanMails mails) {
		return mails::alternative;
	}

	@Bean("sendLoanDecline")
	JavaDelegate sendLoanDecline(LoanMails mails) {
		return mails::decline;
	}

	@Bean("recordLoanCancellation")
	JavaDelegate recordLoanCancellation(Exhibition exhibition) {
		return execution -> exhibition.recordCancellation(loanId(execution), (String) execution.getVariable(CANCELLATION_REASON));
	}

	@Bean("completeLoan")
	ExecutionListener completeLoan(Exhibition exhibition) {
		return execution -> exhibition.complete(loanId(execution));
	}

	static UUID loanId(DelegateExecution execution) {
		return UUID.fromString((String) execution.getVariable(LOAN_ID));
	}
}
