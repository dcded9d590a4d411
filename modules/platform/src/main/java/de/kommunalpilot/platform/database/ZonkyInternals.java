package de.kommunalpilot.platform.database;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The two things zonky's {@link EmbeddedPostgres} (2.2.x) offers no API for: keeping its own shutdown
 * hook from stopping the server, and stopping the server without that hook. Fails soft: when the
 * internals are not as expected, zonky's own behaviour stays in place.
 */
final class ZonkyInternals {

	private static final Logger log = LoggerFactory.getLogger(ZonkyInternals.class);

	private ZonkyInternals() {
	}

	/** Marks zonky's instance as closed, so its shutdown hook does nothing. */
	static boolean disarmShutdownHook(EmbeddedPostgres postgres) {
		try {
			method(); // the way to stop the server ourselves must exist before zonky's is disabled
			((AtomicBoolean) field("closed").get(postgres)).set(true);
			return true;
		}
		catch (ReflectiveOperationException | RuntimeException e) {
			log.debug("Cannot disarm zonky's shutdown hook; it stays in charge of stopping PostgreSQL", e);
			return false;
		}
	}

	/** What zonky's close() does: pg_ctl stop (fast), release its lock, delete a throw-away cluster. */
	static void stop(EmbeddedPostgres postgres, Path dataDirectory, boolean deleteData) throws IOException {
		try {
			method().invoke(postgres, dataDirectory.toFile(), "stop");
			FileLock lock = (FileLock) field("lock").get(postgres);
			if (lock != null) {
				lock.release();
			}
			((java.io.Closeable) field("lockStream").get(postgres)).close();
		}
		catch (InvocationTargetException e) {
			throw new IOException("pg_ctl stop failed", e.getCause());
		}
		catch (ReflectiveOperationException e) {
			throw new IOException("Cannot stop the embedded PostgreSQL", e);
		}
		if (deleteData) {
			try (Stream<Path> files = Files.walk(dataDirectory)) {
				files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
		}
	}

	private static Field field(String name) throws NoSuchFieldException {
		Field field = EmbeddedPostgres.class.getDeclaredField(name);
		field.setAccessible(true);
		return field;
	}

	private static Method method() throws NoSuchMethodException {
		Method method = EmbeddedPostgres.class.getDeclaredMethod("pgCtl", File.class, String.class);
		method.setAccessible(true);
		return method;
	}
}
