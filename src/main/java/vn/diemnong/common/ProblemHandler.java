package vn.diemnong.common;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/** Every refusal of the API as RFC 9457 problem+json with the field and the reason. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemHandler {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ProblemHandler.class);

	private final ProblemRenderer renderer;

	ProblemHandler(ProblemRenderer renderer) {
		this.renderer = renderer;
	}

	@ExceptionHandler(ApiProblem.class)
	ResponseEntity<ProblemDetail> apiProblem(ApiProblem problem, HttpServletRequest request) {
		var response = ResponseEntity.status(problem.status());
		if (problem instanceof RetryLater later) {
			response.header("Retry-After", Long.toString(later.seconds()));
		}
		return response.body(renderer.render(problem, request));
	}

	@ExceptionHandler(BindException.class)
	ResponseEntity<ProblemDetail> invalid(BindException ex, HttpServletRequest request) {
		return apiProblem(ApiProblem.invalid(ex.getFieldErrors().stream().map(ConstraintProblems::of).toList()), request);
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ResponseEntity<ProblemDetail> invalidParameter(HandlerMethodValidationException ex, HttpServletRequest request) {
		List<ApiProblem.FieldProblem> errors = ex.getParameterValidationResults().stream()
			.flatMap(r -> r.getResolvableErrors().stream().map(e -> ConstraintProblems.of(r, e)))
			.toList();
		return apiProblem(ApiProblem.invalid(errors), request);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<ProblemDetail> invalidArgument(ConstraintViolationException ex, HttpServletRequest request) {
		List<ApiProblem.FieldProblem> errors = ex.getConstraintViolations().stream()
			.map(v -> ConstraintProblems.of(lastNode(v.getPropertyPath().toString()), v))
			.toList();
		return apiProblem(ApiProblem.invalid(errors), request);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
		// first, however deep: a reader (Jackson) wraps the body's size refusal in an error of its own
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof BodyTooLargeException tooLarge) {
				return apiProblem(ProblemRenderer.bodyTooLarge(tooLarge.max()), request);
			}
		}
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
				return apiProblem(ApiProblem.invalid(List.of(ConstraintProblems.typeMismatch(fieldPath(databind),
						databind))), request);
			}
			if (cause instanceof JacksonException) {
				return apiProblem(ApiProblem.invalid("body", "malformed-json"), request);
			}
		}
		return apiProblem(ApiProblem.invalid("body", "missing-body"), request);
	}

	@ExceptionHandler(MissingRequestHeaderException.class)
	ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException ex, HttpServletRequest request) {
		HttpStatus status = "If-Match".equalsIgnoreCase(ex.getHeaderName()) ? HttpStatus.PRECONDITION_REQUIRED
				: HttpStatus.BAD_REQUEST;
		return apiProblem(new ApiProblem(status, "missing-header",
				List.of(new ApiProblem.FieldProblem(ex.getHeaderName(), "missing-header"))), request);
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException ex, HttpServletRequest request) {
		return apiProblem(ApiProblem.invalid(ex.getParameterName(), "constraint.NotNull"), request);
	}

	/** A multipart request without a part it needs (an observation without its {@code observation} part). */
	@ExceptionHandler(org.springframework.web.multipart.support.MissingServletRequestPartException.class)
	ResponseEntity<ProblemDetail> missingPart(org.springframework.web.multipart.support.MissingServletRequestPartException ex,
			HttpServletRequest request) {
		return apiProblem(ApiProblem.invalid(ex.getRequestPartName(), "constraint.NotNull"), request);
	}

	/** An upload above {@code spring.servlet.multipart.max-request-size}. */
	@ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
	ResponseEntity<ProblemDetail> uploadTooLarge(org.springframework.web.multipart.MaxUploadSizeExceededException ex,
			HttpServletRequest request) {
		return apiProblem(ProblemRenderer.bodyTooLarge(ex.getMaxUploadSize()), request);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> wrongType(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		return apiProblem(ApiProblem.invalid(List.of(ConstraintProblems.typeMismatch(ex.getName(), ex))), request);
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException ex, HttpServletRequest request) {
		return apiProblem(new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
				List.of(new ApiProblem.FieldProblem("Content-Type", "unsupported-media-type", ex.getContentType()))), request);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException ex, HttpServletRequest request) {
		return apiProblem(new ApiProblem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
				List.of(new ApiProblem.FieldProblem("method", "method-not-allowed", ex.getMethod()))), request);
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<ProblemDetail> noResource(NoResourceFoundException ex, HttpServletRequest request) {
		return apiProblem(ApiProblem.notFound("resource", ex.getResourcePath()), request);
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> stale(ObjectOptimisticLockingFailureException ex, HttpServletRequest request) {
		return apiProblem(StaleVersion.problem(), request);
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException ex, HttpServletRequest request) {
		log.warn("Refused by a database constraint on {} {}: {}", request.getMethod(), request.getRequestURI(),
				ex.getMostSpecificCause().getMessage());
		return apiProblem(new ApiProblem(HttpStatus.CONFLICT, "conflict",
				List.of(new ApiProblem.FieldProblem("body", "conflict"))), request);
	}

	/** The client went away mid-answer (an aborted fetch, a closed tab): nobody to answer and nothing wrong here. */
	@ExceptionHandler(AsyncRequestNotUsableException.class)
	void clientGone(AsyncRequestNotUsableException ex, HttpServletRequest request) {
		log.debug("Client gone during {} {}: {}", request.getMethod(), request.getRequestURI(), ex.getMessage());
	}

	/** Anything unforeseen: logged with its cause, answered without internals. */
	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
		log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), ex);
		return apiProblem(new ApiProblem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
				List.of(new ApiProblem.FieldProblem("request", "internal-error"))), request);
	}

	private static String fieldPath(DatabindException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	private static String lastNode(String path) {
		return path.substring(path.lastIndexOf('.') + 1);
	}
}
