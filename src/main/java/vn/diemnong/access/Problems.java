package vn.diemnong.access;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

import vn.diemnong.common.ApiProblem;
import vn.diemnong.common.ProblemRenderer;

/** Refusals of the security filters as problem+json, like every other refusal of the service. */
@Component
class Problems implements AuthenticationEntryPoint, AccessDeniedHandler, AuthenticationFailureHandler,
		RequestRejectedHandler {

	/** Sent by the map's own requests, so that the browser does not open its Basic dialog over the page. */
	static final String FROM_PAGE_HEADER = "X-Requested-With";

	private final ProblemRenderer renderer;

	Problems(ProblemRenderer renderer) {
		this.renderer = renderer;
	}

	/** Not signed in, or wrong credentials on an API call. */
	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException reason)
			throws IOException {
		if (request.getHeader(FROM_PAGE_HEADER) == null) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"diemnong\", charset=\"UTF-8\"");
		}
		// one answer for a wrong password, an unknown, disabled or locked account: none tells that an account exists
		String code = request.getHeader("Authorization") == null ? "authentication-required" : "bad-credentials";
		renderer.write(request, response, problem(HttpStatus.UNAUTHORIZED, "unauthorized", "credentials", code));
	}

	/** Signed in, but the role may not do this, or a browser session's write came without its CSRF token. */
	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			org.springframework.security.access.AccessDeniedException denied) throws IOException {
		ApiProblem problem = denied instanceof CsrfException ? ApiProblem.forbidden("X-XSRF-TOKEN", "csrf-token")
				: ApiProblem.forbidden("role", "role-not-allowed");
		renderer.write(request, response, problem);
	}

	/** A failed form sign-in. */
	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException reason) throws IOException {
		renderer.write(request, response,
				problem(HttpStatus.UNAUTHORIZED, "unauthorized", "password", "bad-credentials"));
	}

	/** A request the firewall refuses (encoded dots or slashes, a semicolon, a null byte…) before anything runs. */
	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
			throws IOException {
		renderer.write(request, response, problem(HttpStatus.BAD_REQUEST, "validation", "path", "request-rejected"));
	}

	static ApiProblem problem(HttpStatus status, String type, String field, String code) {
		return new ApiProblem(status, type, List.of(new ApiProblem.FieldProblem(field, code)));
	}
}
