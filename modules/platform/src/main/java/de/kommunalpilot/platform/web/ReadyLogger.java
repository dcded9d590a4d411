package de.kommunalpilot.platform.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Tells the person who started the application where to sign in.
 */
@Component
class ReadyLogger {

	private static final Logger log = LoggerFactory.getLogger(ReadyLogger.class);

	@EventListener
	@org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE)
	void onReady(ApplicationReadyEvent event) {
		if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
			return;
		}
		Environment environment = event.getApplicationContext().getEnvironment();
		String address = environment.getProperty("server.address", "localhost");
		String host = "0.0.0.0".equals(address) ? "localhost" : address;
		String base = "http://" + host + ":" + web.getWebServer().getPort()
				+ environment.getProperty("server.servlet.context-path", "");
		log.info("""

				  Kommunalpilot is ready. Sign in at {}/login
				    Tasklist (Aufgaben): {}/camunda/app/tasklist/
				    Cockpit:             {}/camunda/app/cockpit/
				    Admin:               {}/camunda/app/admin/
				    REST (HTTP Basic):   {}/engine-rest/ and {}/api/
				""", base, base, base, base, base, base);
	}
}
