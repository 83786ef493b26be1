package vn.diemnong.access;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session follows its account: on each request the session's account is read again (one lookup by key). A disabled
 * or deleted account, or a new password, ends the session (the request goes on unsigned, so an API call gets 401);
 * any other change (role, communes, name) replaces the session's copy, so it holds from this request on. Read from
 * the database rather than a cache, so that it holds as well with several instances.
 */
final class AccountSessions extends OncePerRequestFilter {

	private final Accounts accounts;
	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
	private final HttpSessionSecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

	AccountSessions(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		Authentication authentication = holder.getContext().getAuthentication();
		Account held = authentication == null ? null
				: authentication.getPrincipal() instanceof Account account ? account
				: authentication.getPrincipal() instanceof OidcAccount oidc ? oidc.account() : null;
		if (session != null && held != null) {
			Optional<Account> current = accounts.find(held.id());
			if (current.isEmpty() || !current.get().enabled() || current.get().passwordStamp() != held.passwordStamp()) {
				holder.clearContext();
				try {
					session.invalidate();
				}
				catch (IllegalStateException alreadyEnded) {
					// a parallel request of the same session ended it first
				}
			}
			else if (current.get().version() != held.version()) {
				SecurityContext context = holder.createEmptyContext();
				context.setAuthentication(refreshed(authentication, current.get().withoutPassword()));
				holder.setContext(context);
				sessions.saveContext(context, request, response);
			}
		}
		chain.doFilter(request, response);
	}

	/** The same sign-in with the account's new role (other authorities, such as how it signed in, are kept). */
	private static Authentication refreshed(Authentication old, Account account) {
		List<GrantedAuthority> authorities = new ArrayList<>(account.getAuthorities());
		old.getAuthorities().stream().filter(a -> !String.valueOf(a.getAuthority()).startsWith("ROLE_"))
			.forEach(authorities::add);
		if (old instanceof OAuth2AuthenticationToken oidc && oidc.getPrincipal() instanceof OidcAccount user) {
			return new OAuth2AuthenticationToken(new OidcAccount(user, account), authorities,
					oidc.getAuthorizedClientRegistrationId());
		}
		UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(account, null,
				authorities);
		token.setDetails(old.getDetails());
		return token;
	}
}
