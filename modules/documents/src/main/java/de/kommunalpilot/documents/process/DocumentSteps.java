package de.kommunalpilot.documents.process;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The process steps that owe a document: "Leihvertrag erstellen" ({@code exhibition-loan}), "Honorarvereinbarung
 * erstellen" ({@code expert-assignment}) and "Abschlussbericht erzeugen" ({@code pilot-implementation}). Each records
 * the document in the step's transaction; it is rendered, stored and mailed after the commit ({@link DueDocuments}).
 */
@Configuration(proxyBeanMethods = false)
class DocumentSteps {

	@Bean("createLoanAgreement")
	JavaDelegate createLoanAgreement(DueDocuments due) {
		return execution -> due.request(DueDocuments.LOAN_AGREEMENT, (String) execution.getVariable("loanId"));
	}

	@Bean("createFeeAgreement")
	JavaDelegate createFeeAgreement(DueDocuments due) {
		return execution -> due.request(DueDocuments.FEE_AGREEMENT, (String) execution.getVariable("pilotId"));
	}

	@Bean("createFinalReport")
	JavaDelegate createFinalReport(DueDocuments due) {
		return execution -> due.request(DueDocuments.FINAL_REPORT, (String) execution.getVariable("pilotId"));
	}
}
