package de.kommunalpilot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import de.kommunalpilot.municipalities.Municipalities;

/**
 * Domain data and engine state share one DataSource and Boot's JpaTransactionManager: they commit
 * together or not at all.
 */
@IntegrationTest
class SharedTransactionIntegrationTests {

	@Autowired TransactionTemplate transactions;
	@Autowired Municipalities municipalities;
	@Autowired RuntimeService runtimeService;
	@Autowired HistoryService historyService;
	@Autowired TaskService taskService;
	@Autowired RepositoryService repositoryService;

	@Test
	void rollsBackDomainEntityAndProcessInstanceTogether() {
		String businessKey = "TX-" + UUID.randomUUID();
		long municipalitiesBefore = municipalities.count();

		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
			municipalities.register(new Municipalities.Register("08425999", "Gemeinde Nur-im-Rollback-Test"));
			runtimeService.startProcessInstanceByKey("foundation-check", businessKey);
			assertThat(taskService.createTaskQuery().processInstanceBusinessKey(businessKey).count()).isEqualTo(1);
			throw new IllegalStateException("failure after both writes");
		})).hasMessage("failure after both writes");

		assertThat(municipalities.count()).isEqualTo(municipalitiesBefore);
		assertThat(municipalities.findByAgs("08425999")).isEmpty();
		assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count()).isZero();
		assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey).count())
				.isZero();
		assertThat(taskService.createTaskQuery().processInstanceBusinessKey(businessKey).count()).isZero();
	}

	@Test
	void commitsDomainEntityAndProcessInstanceTogether() {
		String businessKey = "TX-" + UUID.randomUUID();

		transactions.executeWithoutResult(status -> {
			municipalities.register(new Municipalities.Register("08116990", "Gemeinde Transaktionsdorf"));
			runtimeService.startProcessInstanceByKey("foundation-check", businessKey);
		});

		assertThat(municipalities.findByAgs("08116990")).isPresent();
		assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count()).isOne();
	}

	@Test
	void deploysCamundaFormsWithTheProcesses() {
		var definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey("foundation-check")
				.latestVersion().singleResult();
		assertThat(repositoryService.getDeploymentResourceNames(definition.getDeploymentId()))
				.anyMatch(name -> name.endsWith("foundation-check-confirm.form"));
		assertThat(repositoryService.getBpmnModelInstance(definition.getId()).getModelElementsByType(
				org.camunda.bpm.model.bpmn.instance.Process.class))
				.allMatch(process -> process.getCamundaHistoryTimeToLiveString() != null);
	}
}
