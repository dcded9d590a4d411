package de.kommunalpilot;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one Spring test configuration of the app: the whole application on a real, throw-away embedded
 * PostgreSQL, the real engine, a real web server, demo users. Every integration test uses exactly this,
 * so the context and the database start once per test JVM.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "kommunalpilot.embedded-database.ephemeral=true", "kommunalpilot.demo.data=false",
				// outstanding events are resubmitted where a test asks for it, not by the clock
				"kommunalpilot.events.resubmit-interval=PT24H",
				"kommunalpilot.public.rate-limit=10000",
				// the README's setting for running behind a TLS proxy; the tests' requests come from loopback, a trusted proxy address
				"server.forward-headers-strategy=native" })
@ActiveProfiles("demo")
@ContextConfiguration(initializers = TestMailServer.class)
public @interface IntegrationTest {
}
