package vn.diemnong.access;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Maps a user the OpenID Connect provider vouches for (its {@code preferred_username}) to the account of that name.
 * The provider proves who someone is; the role and the communes stay this service's, set by its administrator, so
 * switching sign-in to the province's Keycloak changes nobody's rights. Unknown and disabled accounts are refused.
 * Switched on by configuring a client registration ({@code spring.security.oauth2.client.registration.*}).
 */
@Component
class OidcAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private final OidcUserService provider = new OidcUserService();
	private final Accounts accounts;

	OidcAccounts(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		return account(provider.loadUser(request));
	}

	OidcAccount account(OidcUser user) {
		String username = user.getPreferredUsername() != null ? user.getPreferredUsername() : user.getSubject();
		Account account = accounts.find(username).filter(Account::enabled)
			.orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error("access_denied",
					"No enabled account named " + username, null)));
		return new OidcAccount(user, account);
	}
}
