package de.kommunalpilot.platform.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import jakarta.validation.ConstraintViolationException;

/**
 * Answers every API error as RFC 9457 {@code application/problem+json}: 400 with the offending fields,
 * 404, 409 for conflicts, 413 and 415 for uploads. Bad input never surfaces as a 500.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Map<String, String> fields = new LinkedHashMap<>();
		ex.getBindingResult().getFieldErrors()
				.forEach(error -> fields.putIfAbsent(error.getField(), error.getDefaultMessage()));
		ex.getBindingResult().getGlobalErrors()
				.forEach(error -> fields.putIfAbsent(error.getObjectName(), error.getDefaultMessage()));
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Ungültige Eingabe",
				"Die Anfrage enthält ungültige Felder.", "validation");
		problem.setProperty("errors", fields);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		Map<String, String> fields = new LinkedHashMap<>();
		ex.getParameterValidationResults().forEach(result -> result.getResolvableErrors()
				.forEach(error -> fields.putIfAbsent(result.getMethodParameter().getParameterName(),
						error.getDefaultMessage())));
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Ungültige Eingabe",
				"Die Anfrage enthält ungültige Parameter.", "validation");
		problem.setProperty("errors", fields);
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Ungültige Eingabe",
				"Der Inhalt der Anfrage ist kein gültiges JSON oder passt nicht zum erwarteten Format.", "malformed");
		if (ex.getCause() instanceof com.fasterxml.jackson.databind.JsonMappingException mapping && !mapping.getPath().isEmpty()) {
			StringBuilder field = new StringBuilder();
			mapping.getPath().forEach(reference -> field.append(reference.getFieldName() != null
					? (field.isEmpty() ? "" : ".") + reference.getFieldName() : "[" + reference.getIndex() + "]"));
			problem.setProperty("errors", Map.of(field.toString(), mapping instanceof InputHygiene.ControlCharactersException
					? de.kommunalpilot.platform.FormFields.CONTROL_CHARACTERS
					: mapping instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException ? InputHygiene.UNKNOWN_FIELD
					: "Ungültiger Wert."));
		}
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem(HttpStatus.PAYLOAD_TOO_LARGE,
				"Datei zu groß", "Die hochgeladene Datei überschreitet die erlaubte Größe.", "too-large"));
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException ex) {
		Map<String, String> fields = new LinkedHashMap<>();
		ex.getConstraintViolations()
				.forEach(violation -> fields.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage()));
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Ungültige Eingabe",
				"Die Anfrage enthält ungültige Felder.", "validation");
		problem.setProperty("errors", fields);
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler({ IllegalArgumentException.class })
	ResponseEntity<ProblemDetail> illegalArgument(IllegalArgumentException ex) {
		return ResponseEntity.badRequest()
				.body(problem(HttpStatus.BAD_REQUEST, "Ungültige Eingabe", ex.getMessage(), "validation"));
	}

	@ExceptionHandler({ NoSuchElementException.class, jakarta.persistence.EntityNotFoundException.class })
	ResponseEntity<ProblemDetail> notFound(RuntimeException ex) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.body(problem(HttpStatus.NOT_FOUND, "Nicht gefunden", ex.getMessage(), "not-found"));
	}

	@ExceptionHandler(de.kommunalpilot.platform.InvalidInputException.class)
	ResponseEntity<ProblemDetail> invalidInput(de.kommunalpilot.platform.InvalidInputException ex) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Ungültige Eingabe",
				"Die Anfrage enthält ungültige Felder.", "validation");
		problem.setProperty("errors", ex.errors());
		return ResponseEntity.badRequest().body(problem);
	}

	@ExceptionHandler(de.kommunalpilot.platform.NotPermittedException.class)
	ResponseEntity<ProblemDetail> notPermitted(RuntimeException ex) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN)
				.body(problem(HttpStatus.FORBIDDEN, "Keine Berechtigung", ex.getMessage(), "forbidden"));
	}

	@ExceptionHandler(de.kommunalpilot.platform.UploadRejectedException.class)
	ResponseEntity<ProblemDetail> uploadRejected(de.kommunalpilot.platform.UploadRejectedException ex) {
		HttpStatus status = ex.tooLarge() ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.UNSUPPORTED_MEDIA_TYPE;
		return ResponseEntity.status(status).body(problem(status, ex.tooLarge() ? "Datei zu groß" : "Dateityp nicht erlaubt",
				ex.getMessage(), ex.tooLarge() ? "too-large" : "unsupported-type"));
	}

	@ExceptionHandler(de.kommunalpilot.platform.ConflictException.class)
	ResponseEntity<ProblemDetail> stateConflict(RuntimeException ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
				.body(problem(HttpStatus.CONFLICT, "Konflikt", ex.getMessage(), "conflict"));
	}

	@ExceptionHandler({ OptimisticLockingFailureException.class, DataIntegrityViolationException.class })
	ResponseEntity<ProblemDetail> conflict(RuntimeException ex) {
		log.debug("Conflict", ex);
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(HttpStatus.CONFLICT, "Konflikt",
				"Die Daten wurden inzwischen geändert oder widersprechen bestehenden Daten.", "conflict"));
	}

	/** Anything unforeseen: logged with its trace for operators, answered without it. */
	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex) throws Exception {
		if (ex instanceof org.springframework.security.access.AccessDeniedException
				|| ex instanceof org.springframework.security.core.AuthenticationException) {
			throw ex;
		}
		log.error("Unexpected error", ex);
		return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "Interner Fehler",
				"Die Anfrage konnte nicht bearbeitet werden. Bitte versuchen Sie es später erneut.", "internal"));
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body instanceof ProblemDetail problem && problem.getType() == null) {
			problem.setType(URI.create("about:blank"));
		}
		return super.createResponseEntity(body, headers, statusCode, request);
	}

	static ProblemDetail problem(HttpStatus status, String title, String detail, String type) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setType(URI.create("urn:kommunalpilot:problem:" + type));
		return problem;
	}
}
