package vn.diemnong.access;

import java.util.Set;

import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import vn.diemnong.common.ScopedPrincipal;

/** A user signed in through the province's OpenID Connect provider, with the role and communes of their account. */
final class OidcAccount extends DefaultOidcUser implements ScopedPrincipal {

	private final Account account;

	OidcAccount(OidcUser user, Account account) {
		super(java.util.List.copyOf(account.getAuthorities()), user.getIdToken(), user.getUserInfo());
		this.account = account.withoutPassword();
	}

	@Override
	public String username() {
		return account.username();
	}

	@Override
	public String role() {
		return account.role();
	}

	@Override
	public Set<String> communes() {
		return account.communes();
	}

	Account account() {
		return account;
	}

	String displayName() {
		return account.displayName();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof OidcAccount that && super.equals(that) && account.equals(that.account);
	}

	@Override
	public int hashCode() {
		return super.hashCode() * 31 + account.hashCode();
	}
}
