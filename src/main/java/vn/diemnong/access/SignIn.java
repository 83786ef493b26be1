package vn.diemnong.access;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** A successful form sign-in answers with who is now signed in, instead of redirecting: the map asked by fetch. */
@Component
class SignIn implements AuthenticationSuccessHandler {

	private final JsonMapper json;

	SignIn(JsonMapper json) {
		this.json = json;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), Me.of(authentication));
	}
}
