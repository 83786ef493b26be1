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
	Me me(@Nullable Authentication authentication, CsrfToken csrf) {
		csrf.getToken();
		return Me.of(authentication).withProviders(providers);
	}
}
