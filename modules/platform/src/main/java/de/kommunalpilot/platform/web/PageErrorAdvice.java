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

	@ExceptionHandler(de.kommunalpilot.platform.UploadRejectedException.class)
	ModelAndView uploadRejected(de.kommunalpilot.platform.UploadRejectedException ex) {
		return page(ex.tooLarge() ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.UNSUPPORTED_MEDIA_TYPE, ex.getMessage());
	}

	/** Anything unforeseen on a page: logged for operators, answered with the German error page, never a bare body. */
	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception ex) throws Exception {
		if (ex instanceof org.springframework.security.core.AuthenticationException
				|| ex instanceof org.springframework.web.ErrorResponse) {
			throw ex;
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
