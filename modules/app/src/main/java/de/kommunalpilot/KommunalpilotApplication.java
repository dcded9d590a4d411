package de.kommunalpilot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * Kommunalpilot: case management for the programme "Migration und Entwicklung auf kommunaler Ebene".
 * Every top-level package below this one is an application module that lives in its own Maven module.
 */
@SpringBootApplication
@Modulithic(systemName = "Kommunalpilot", sharedModules = "platform")
public class KommunalpilotApplication {

	public static void main(String[] args) {
		SpringApplication.run(KommunalpilotApplication.class, args);
	}
}
