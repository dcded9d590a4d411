package de.kommunalpilot;

import java.util.Arrays;
import java.util.List;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.support.TestPropertySourceUtils;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

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

	/** The first mail delivered to the recipient, waiting up to 20 seconds. */
	static MimeMessage awaitMailTo(String recipient) throws Exception {
		return awaitMailTo(recipient, "");
	}

	/** The first mail delivered to the recipient whose subject contains the text, waiting up to 20 seconds. */
	static MimeMessage awaitMailTo(String recipient, String subject) throws Exception {
		long deadline = System.currentTimeMillis() + 20_000;
		int expected = 1;
		while (System.currentTimeMillis() < deadline) {
			server().waitForIncomingEmail(1_000, expected);
			List<MimeMessage> matching = Arrays.stream(server().getReceivedMessages())
					.filter(message -> GreenMailUtil.getAddressList(safeRecipients(message)).contains(recipient))
					.filter(message -> safeSubject(message).contains(subject)).toList();
			if (!matching.isEmpty()) {
				return matching.get(0);
			}
			expected = server().getReceivedMessages().length + 1;
		}
		throw new AssertionError("no mail to " + recipient + " about " + subject);
	}

	private static String safeSubject(MimeMessage message) {
		try {
			return message.getSubject() == null ? "" : message.getSubject();
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	private static jakarta.mail.Address[] safeRecipients(MimeMessage message) {
		try {
			return message.getAllRecipients();
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}
}
