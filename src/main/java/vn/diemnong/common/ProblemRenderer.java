package vn.diemnong.common;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** Turns an {@link ApiProblem} into RFC 9457 problem+json, naming each field and its reason in vi and en. */
@Component
public class ProblemRenderer {

	private final Messages messages;
	private final JsonMapper json;

	ProblemRenderer(Messages messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	public ProblemDetail render(ApiProblem problem, HttpServletRequest request) {
		List<Map<String, String>> errors = problem.errors().stream().map(this::describe).toList();
		ProblemDetail detail = new OrderedProblemDetail(problem.status().value());
		detail.setType(URI.create("/problems/" + problem.type()));
		detail.setTitle(messages.get("problem.title." + problem.type()));
		detail.setDetail(errors.stream()
			.map(e -> e.get("field") + ": " + e.get(Messages.current() == Messages.EN ? "messageEn" : "messageVi"))
			.collect(Collectors.joining("; ")));
		detail.setInstance(URI.create(request.getRequestURI()));
		detail.setProperty("errors", errors);
		problem.extensions().forEach(detail::setProperty);
		return detail;
	}

	/** For filters, which run before Spring MVC's exception handling. */
	public void write(HttpServletRequest request, HttpServletResponse response, ApiProblem problem) throws IOException {
		response.setStatus(problem.status().value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), render(problem, request));
	}

	/** In this order in every answer (a {@code Map.of} would change it from one run to the next). */
	private Map<String, String> describe(ApiProblem.FieldProblem error) {
		String key = "problem.field." + error.code();
		Map<String, String> described = new LinkedHashMap<>();
		described.put("field", error.field());
		described.put("code", error.code());
		described.put("messageVi", messages.get(Messages.VI, key, error.args()));
		described.put("messageEn", messages.get(Messages.EN, key, error.args()));
		return described;
	}

	/** RFC 9457's members first and in its order, then the extensions (Jackson 3 would sort them by name). */
	@JsonPropertyOrder({ "type", "title", "status", "detail", "instance" })
	static final class OrderedProblemDetail extends ProblemDetail {

		OrderedProblemDetail(int status) {
			super(status);
		}
	}

	static ApiProblem bodyTooLarge(long max) {
		return new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, "body-too-large",
				List.of(new ApiProblem.FieldProblem("body", "body-too-large", max)));
	}
}
