package vn.diemnong.common;

import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolation;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterValidationResult;

/**
 * A Bean Validation violation as a field problem whose code is {@code constraint.<Annotation>} and whose arguments
 * are the constraint's bounds, so the messages in both languages can say what is allowed ("at most 300").
 */
final class ConstraintProblems {

	/** The attributes each constraint's message names, in the order of its {@code {0}}, {@code {1}}. */
	static final Map<String, List<String>> BOUNDS = Map.of("Size", List.of("min", "max"), "Min",
			List.of("value"), "Max", List.of("value"), "DecimalMin", List.of("value"), "DecimalMax", List.of("value"),
			"Digits", List.of("integer", "fraction"), "Pattern", List.of("regexp"));

	private ConstraintProblems() {
	}

	static ApiProblem.FieldProblem of(String field, ConstraintViolation<?> violation) {
		Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
		String name = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
		// DecimalMin/DecimalMax(inclusive = false) say "greater than" rather than "at least"
		String code = "constraint." + name + (Boolean.FALSE.equals(attributes.get("inclusive")) ? ".exclusive" : "");
		// as text, so that MessageFormat does not group 10000 as "10,000" or "10.000"
		Object[] bounds = BOUNDS.getOrDefault(name, List.of()).stream().map(a -> String.valueOf(attributes.get(a)))
			.toArray();
		return new ApiProblem.FieldProblem(field, code, bounds);
	}

	/** A field error of a bound object (a request body, query parameters bound to a record). */
	static ApiProblem.FieldProblem of(FieldError error) {
		if (error.contains(TypeMismatchException.class)) {
			return typeMismatch(error.getField(), error.unwrap(TypeMismatchException.class));
		}
		return error.contains(ConstraintViolation.class) ? of(error.getField(), error.unwrap(ConstraintViolation.class))
				: new ApiProblem.FieldProblem(error.getField(), "constraint." + error.getCode());
	}

	/** A value that could not be read as its type, or a date outside {@link DateBounds}. */
	static ApiProblem.FieldProblem typeMismatch(String field, Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof DateBounds.OutOfBounds bounds) {
				return DateBounds.problem(field, bounds).errors().get(0);
			}
		}
		return new ApiProblem.FieldProblem(field, "wrong-type");
	}

	/** An error of a method parameter itself ({@code @Max(10000) int limit}) or of a field of a bound object. */
	static ApiProblem.FieldProblem of(ParameterValidationResult result, MessageSourceResolvable error) {
		if (error instanceof FieldError fieldError) {
			return of(fieldError);
		}
		String field = String.valueOf(result.getMethodParameter().getParameterName());
		try {
			return of(field, result.unwrap(error, ConstraintViolation.class));
		}
		catch (IllegalArgumentException | ClassCastException ex) {
			// not from Bean Validation: the code alone
			return new ApiProblem.FieldProblem(field, "constraint." + (error.getCodes() == null ? "invalid"
					: last(error.getCodes())));
		}
	}

	private static String last(String[] codes) {
		String code = codes[codes.length - 1];
		return code.contains(".") ? code.substring(code.lastIndexOf('.') + 1) : code;
	}
}
