package vn.diemnong.common;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

/**
 * A request the service refuses, rendered as RFC 9457 problem+json. {@code type} is a short slug
 * ({@code validation}, {@code not-found}, …); messages are keys of the {@code messages} bundles.
 */
public class ApiProblem extends RuntimeException {

	private final HttpStatus status;
	private final String type;
	private final List<FieldProblem> errors;
	private final Map<String, Object> extensions;

	public ApiProblem(HttpStatus status, String type, List<FieldProblem> errors) {
		this(status, type, errors, Map.of());
	}

	/** @param extensions members added to the problem beside {@code errors} (RFC 9457 extension members) */
	public ApiProblem(HttpStatus status, String type, List<FieldProblem> errors, Map<String, Object> extensions) {
		super(type + ": " + errors);
		this.status = status;
		this.type = type;
		this.errors = List.copyOf(errors);
		this.extensions = Map.copyOf(extensions);
	}

	/** 400 for one field: the most common refusal. */
	public static ApiProblem invalid(String field, String code, Object... args) {
		return new ApiProblem(HttpStatus.BAD_REQUEST, "validation", List.of(new FieldProblem(field, code, args)));
	}

	public static ApiProblem invalid(List<FieldProblem> errors) {
		return new ApiProblem(HttpStatus.BAD_REQUEST, "validation", errors);
	}

	/** The caller may not do this (role, commune scope or field): 403 naming the field and the reason. */
	public static ApiProblem forbidden(String field, String code, Object... args) {
		return new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", List.of(new FieldProblem(field, code, args)));
	}

	public static ApiProblem notFound(String what, Object id) {
		return new ApiProblem(HttpStatus.NOT_FOUND, "not-found", List.of(new FieldProblem("id", "not-found." + what, id)));
	}

	public HttpStatus status() {
		return status;
	}

	public String type() {
		return type;
	}

	public List<FieldProblem> errors() {
		return errors;
	}

	public Map<String, Object> extensions() {
		return extensions;
	}

	/** What is wrong with one field: {@code code} is a message key under {@code problem.field.}. */
	public record FieldProblem(String field, String code, Object... args) {
	}
}
