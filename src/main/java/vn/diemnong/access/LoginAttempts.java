package vn.diemnong.access;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import vn.diemnong.audit.AuditLog;
import vn.diemnong.common.Actor;

/**
 * Counts failed sign-ins against the address ({@link RateLimits}) and against the name from that address
 * ({@link SignInThrottle}); a sign-in that succeeds starts the name's count again. Sign-ins through the form, every
 * failure and the start of every delay are written to the audit trail, the name cut to a username's length (HTTP
 * Basic successes are not: a script signs in on every request).
 */
@Component
class LoginAttempts {

	private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

	private final Accounts accounts;
	private final SecurityProperties properties;
	private final AuditLog audit;
	private final RateLimits rateLimits;
	private final SignInThrottle throttle;

	LoginAttempts(Accounts accounts, SecurityProperties properties, AuditLog audit, RateLimits rateLimits,
			SignInThrottle throttle) {
		this.accounts = accounts;
		this.properties = properties;
		this.audit = audit;
		this.rateLimits = rateLimits;
		this.throttle = throttle;
	}

	/** A wrong password, or a disabled account: counted alike, so that the answers cannot tell them apart. */
	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		String username = SignInThrottle.shortened(event.getAuthentication().getName());
		String address = Actor.address();
		if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken) || address == null) {
			audit.record("auth.refused", "app_user", username, null, null);
			return;
		}
		rateLimits.failedSignIn(address);
		int failures = throttle.failed(username, address);
		boolean delayed = failures >= properties.maxFailures();
		if (event instanceof AuthenticationFailureBadCredentialsEvent) {
			accounts.recordFailure(username);
		}
		audit.record(delayed ? "auth.delayed" : event instanceof AuthenticationFailureBadCredentialsEvent
				? "auth.failure" : "auth.refused", "app_user", username, null, null);
		if (failures == properties.maxFailures()) {
			log.warn("Sign-ins as {} from {} delayed after repeated failures", username, address);
		}
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		String username = event.getAuthentication().getName();
		accounts.recordSuccess(username);
		String address = Actor.address();
		if (address != null) {
			throttle.succeeded(username, address);
		}
	}

	@EventListener
	void signedIn(InteractiveAuthenticationSuccessEvent event) {
		audit.record("auth.login", "app_user", event.getAuthentication().getName(), null, null);
	}
}
