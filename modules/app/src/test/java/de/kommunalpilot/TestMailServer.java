package de.kommunalpilot;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.support.TestPropertySourceUtils;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (GreenMail) for the whole test JVM; the application sends its outbox there.
 */
public class TestMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static GreenMail server;

	static synchronized GreenMail server() {
		if (server == null) {
			server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
			server.start();
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "greenmail-stop"));
		}
		return server;
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		GreenMail mail = server();
		TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context, "spring.mail.host=127.0.0.1",
				"spring.mail.port=" + mail.getSmtp().getPort(), "kommunalpilot.mail.interval=PT0.5S");
	}
}
