package bench.bareengine;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.ServiceTaskDelegateExpressionActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.behavior.TaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.listener.ClassDelegateExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.listener.DelegateExpressionExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.listener.ExpressionExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.task.listener.ClassDelegateTaskListener;
import org.camunda.bpm.engine.impl.task.listener.DelegateExpressionTaskListener;
import org.camunda.bpm.engine.impl.task.listener.ExpressionTaskListener;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The bare engine for the benchmark's comparison: Camunda 7 with its REST API and nothing of Kommunalpilot — the same
 * BPMN models and forms deployed, every delegate and listener of them replaced by a no-op, the beans their expressions
 * name (periods, milestones) answering constants. Authorization off, history full, as the engine comes.
 * Run as its own JVM by {@code EngineComparisonBenchmark}.
 */
@SpringBootApplication
public class BareEngineApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(BareEngineApplication.class);
		application.setDefaultProperties(Map.of(
				"spring.autoconfigure.exclude", String.join(",",
						"org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration",
						"org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration",
						"org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration",
						"org.springframework.boot.autoconfigure.session.SessionAutoConfiguration",
						"org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration",
						"org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration",
						"org.springframework.modulith.events.config.EventPublicationAutoConfiguration",
						"org.springframework.modulith.events.config.EventExternalizationAutoConfiguration",
						"org.springframework.modulith.events.jpa.JpaEventPublicationAutoConfiguration",
						"org.springframework.modulith.events.jpa.archiving.ArchivingAutoConfiguration",
						"org.springframework.modulith.moments.autoconfigure.MomentsAutoConfiguration"),
				"camunda.bpm.database.type", "postgres",
				"camunda.bpm.history-level", "full",
				"camunda.bpm.id-generator", "strong",
				"camunda.bpm.deployment-resource-pattern", "classpath*:processes/**/*.bpmn,classpath*:processes/**/*.dmn,classpath*:processes/**/*.form",
				"camunda.bpm.generic-properties.properties.enforceHistoryTimeToLive", "false",
				"kommunalpilot.admin.password", "unused-by-the-bare-engine",
				"management.endpoint.health.probes.enabled", "true",
				"spring.modulith.events.republish-outstanding-events-on-restart", "false"));
		application.run(args);
	}

	/** What {@code ${requestPeriods...}} asks in the expert request: the reminder after 5 days, the deadline after 10. */
	@Bean
	public Periods requestPeriods() {
		return new Periods();
	}

	/** What {@code ${pilotMilestones...}} asks: two planned milestones, due in four weeks, overdue a week later. */
	@Bean
	public Milestones pilotMilestones() {
		return new Milestones();
	}

	@Bean
	public AbstractProcessEnginePlugin noOpDelegates() {
		return new AbstractProcessEnginePlugin() {
			@Override
			public void preInit(ProcessEngineConfigurationImpl configuration) {
				if (configuration.getCustomPostBPMNParseListeners() == null) {
					configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
				}
				configuration.getCustomPostBPMNParseListeners().add(new NoOps());
			}
		};
	}

	public static final class Periods {

		public String getReminder() {
			return "P5D";
		}

		public String getDeadline() {
			return "P10D";
		}

		public Date answerDue() {
			return new Date(System.currentTimeMillis() + 5L * 24 * 3600 * 1000);
		}
	}

	public static final class Milestones {

		public List<String> plannedIds(String pilotId) {
			return List.of(pilotId + "-1", pilotId + "-2");
		}

		public Date dueAt(String pilotId, String milestoneId) {
			return new Date(System.currentTimeMillis() + 28L * 24 * 3600 * 1000);
		}

		public Date overdueAt(String pilotId, String milestoneId) {
			return new Date(System.currentTimeMillis() + 35L * 24 * 3600 * 1000);
		}
	}

	/** Replaces the models' service tasks by tasks that only leave, and drops their execution and task listeners. */
	static final class NoOps extends AbstractBpmnParseListener {

		private static final Set<Class<?>> MODEL_LISTENERS = Set.of(DelegateExpressionExecutionListener.class,
				ClassDelegateExecutionListener.class, ExpressionExecutionListener.class, DelegateExpressionTaskListener.class,
				ClassDelegateTaskListener.class, ExpressionTaskListener.class);

		@Override
		public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
			strip(processDefinition);
		}

		private void strip(ScopeImpl scope) {
			dropModelListeners(scope.getListeners());
			for (ActivityImpl activity : scope.getActivities()) {
				if (activity.getActivityBehavior() instanceof ServiceTaskDelegateExpressionActivityBehavior) {
					activity.setActivityBehavior(new TaskActivityBehavior());
				}
				if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
					TaskDefinition definition = userTask.getTaskDefinition();
					for (List<TaskListener> listeners : definition.getTaskListeners().values()) {
						listeners.removeIf(listener -> MODEL_LISTENERS.contains(listener.getClass()));
					}
					// the engine calls the merged map of built-in and model listeners, built when a listener is added
					try {
						java.lang.reflect.Method merge = TaskDefinition.class.getDeclaredMethod("populateAllTaskListeners");
						merge.setAccessible(true);
						merge.invoke(definition);
					}
					catch (ReflectiveOperationException e) {
						throw new IllegalStateException(e);
					}
				}
				strip(activity);
			}
		}

		private static void dropModelListeners(Map<String, List<DelegateListener<? extends org.camunda.bpm.engine.delegate.BaseDelegateExecution>>> listeners) {
			for (List<DelegateListener<? extends org.camunda.bpm.engine.delegate.BaseDelegateExecution>> ofEvent : listeners.values()) {
				ofEvent.removeIf(listener -> MODEL_LISTENERS.contains(listener.getClass()));
			}
		}
	}
}
