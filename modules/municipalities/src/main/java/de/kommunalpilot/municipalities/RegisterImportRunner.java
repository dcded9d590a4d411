package de.kommunalpilot.municipalities;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Brings the register up to date at start-up (the shipped extract, once per version of it: an extract already
 * imported is skipped), and imports a newer extract from the command line:
 * {@code --import-municipalities=/path/to/gemeinden-bw.csv} imports it, prints the report and ends the
 * application (exit code 0, or 1 when the extract was refused and nothing changed).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RegisterImportRunner implements ApplicationRunner {

	static final String OPTION = "import-municipalities";

	private static final Logger log = LoggerFactory.getLogger(RegisterImportRunner.class);

	private final MunicipalityRegister register;
	private final ConfigurableApplicationContext context;

	RegisterImportRunner(MunicipalityRegister register, ConfigurableApplicationContext context) {
		this.register = register;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments arguments) throws IOException {
		List<String> files = arguments.getOptionValues(OPTION);
		if (files != null && !files.isEmpty()) {
			int code = importFile(Path.of(files.get(0)));
			System.exit(SpringApplication.exit(context, () -> code));
			return;
		}
		byte[] shipped;
		try (InputStream in = new ClassPathResource(MunicipalityRegister.SHIPPED).getInputStream()) {
			shipped = in.readAllBytes();
		}
		if (!register.imported(MunicipalityRegister.checksum(shipped))) {
			register.importFrom(new java.io.ByteArrayInputStream(shipped), MunicipalityRegister.SHIPPED);
		}
	}

	private int importFile(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			MunicipalityRegister.Report report = register.importFrom(in, file.toAbsolutePath().toString());
			System.out.println(report.summary());
			report.changes().forEach(change -> System.out.println("  " + change));
			return 0;
		}
		catch (IOException | IllegalArgumentException e) {
			log.error("Das Gemeindeverzeichnis {} wurde nicht eingelesen: {}", file, e.getMessage());
			return 1;
		}
	}
}
