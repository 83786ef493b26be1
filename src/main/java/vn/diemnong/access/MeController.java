package vn.diemnong.access;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
class MeController {

	private final List<Me.Provider> providers = new ArrayList<>();

	MeController(ObjectProvider<ClientRegistrationRepository> registrations) {
		if (registrations.getIfAvailable() instanceof Iterable<?> all) {
			for (Object registration : all) {
				ClientRegistration client = (ClientRegistration) registration;
				providers.add(new Me.Provider(client.getRegistrationId(), client.getClientName(),
						"/oauth2/authorization/" + client.getRegistrationId()));
			}
		}
	}

	/**
	 * Who is signed in (or that nobody is). Asking also sets the XSRF-TOKEN cookie whose value the page sends back
	 * as X-XSRF-TOKEN with its sign-in and its writes.
	 */
	@GetMapping("/api/v1/me")
	@Tag(name = "accounts")
	@Operation(operationId = "getMe", summary = "Who is signed in; sets the XSRF-TOKEN cookie")
	@ApiResponse(responseCode = "200", description = "The caller", content = @Content(mediaType = "application/json",
			schema = @Schema(implementation = Me.class)))
	Me me(@Parameter(hidden = true) @Nullable Authentication authentication, @Parameter(hidden = true) CsrfToken csrf) {
		csrf.getToken();
		return Me.of(authentication).withProviders(providers);
	}
}
