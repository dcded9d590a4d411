package de.kommunalpilot.platform.web;

import java.util.NoSuchElementException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import de.kommunalpilot.platform.ConflictException;
import de.kommunalpilot.platform.NotPermittedException;
import de.kommunalpilot.platform.PageController;

/**
 * Errors on pages as German pages with the status code; security decisions stay with Spring Security.
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrorAdvice {

	@ExceptionHandler(AccessDeniedException.class)
	void accessDenied(AccessDeniedException ex) {
		throw ex;
	}

	@ExceptionHandler(NotPermittedException.class)
	ModelAndView notPermitted(NotPermittedException ex) {
		return page(HttpStatus.FORBIDDEN, ex.getMessage());
	}

	@ExceptionHandler(NoSuchElementException.class)
	ModelAndView notFound(NoSuchElementException ex) {
		return page(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler({ ConflictException.class, IllegalArgumentException.class })
	ModelAndView conflict(RuntimeException ex) {
		return page(ex instanceof ConflictException ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	/** Input a page's form cannot show at a field (a value no form offers): its German messages, not a 500. */
	@ExceptionHandler(de.kommunalpilot.platform.InvalidInputException.class)
	ModelAndView invalid(de.kommunalpilot.platform.InvalidInputException ex) {
		return page(HttpStatus.BAD_REQUEST, String.join(" ", new java.util.TreeMap<>(ex.errors()).values()));
	}

	@ExceptionHandler(de.kommunalpilot.platform.UploadRejectedException.class)
	ModelAndView uploadRejected(de.kommunalpilot.platform.UploadRejectedException ex) {
		return page(ex.tooLarge() ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.UNSUPPORTED_MEDIA_TYPE, ex.getMessage());
	}

	/**
	 * What Spring MVC refuses before a page's code runs — a parameter that is no number or date, a missing
	 * one, a method the page does not take — is a German error page with that status, not problem+json
	 * and not Spring's white page.
	 */
	private static ModelAndView refused(org.springframework.web.ErrorResponse ex) {
		HttpStatus status = HttpStatus.resolve(ex.getStatusCode().value());
		if (status == null || status.is5xxServerError()) {
			log.error("Unexpected error on a page", ex);
			return page(HttpStatus.INTERNAL_SERVER_ERROR, "Die Seite konnte nicht angezeigt werden. Bitte versuchen Sie es später erneut.");
		}
		return page(status, switch (status) {
			case NOT_FOUND -> "Diese Seite gibt es nicht.";
			case METHOD_NOT_ALLOWED -> "Diese Aktion ist auf dieser Seite nicht möglich.";
			case UNSUPPORTED_MEDIA_TYPE, NOT_ACCEPTABLE -> "Diese Art von Anfrage beantwortet die Seite nicht.";
			default -> "Die Adresse oder das Formular enthält ungültige Angaben. Bitte prüfen Sie sie.";
		});
	}

	/** Anything unforeseen on a page: logged for operators, answered with the German error page, never a bare body. */
	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception ex) throws Exception {
		if (ex instanceof org.springframework.security.core.AuthenticationException) {
			throw ex;
		}
		if (ex instanceof org.springframework.web.ErrorResponse refusal) {
			return refused(refusal);
		}
		log.error("Unexpected error on a page", ex);
		return page(HttpStatus.INTERNAL_SERVER_ERROR, "Die Seite konnte nicht angezeigt werden. Bitte versuchen Sie es später erneut.");
	}

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PageErrorAdvice.class);

	private static ModelAndView page(HttpStatus status, String message) {
		ModelAndView page = new ModelAndView("error/page");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("message", message);
		return page;
	}
}
