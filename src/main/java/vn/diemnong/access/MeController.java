package vn.diemnong.access;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MeController {

	/**
	 * Who is signed in (or that nobody is). Asking also sets the XSRF-TOKEN cookie whose value the page sends back
	 * as X-XSRF-TOKEN with its sign-in and its writes.
	 */
	@GetMapping("/api/v1/me")
	Me me(@Nullable Authentication authentication, CsrfToken csrf) {
		csrf.getToken();
		return Me.of(authentication);
	}
}
