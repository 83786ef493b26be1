package vn.diemnong.access;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import vn.diemnong.audit.AuditLog;
import vn.diemnong.common.Actor;

/**
 * Counts failed sign-ins per account and locks it after too many; a form sign-in that succeeds clears the count.
 * Sign-ins through the form, their failures and every lock are written to the audit trail (HTTP Basic successes
 * are not: a script signs in on every request).
 */
@Component
class LoginAttempts {

	private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

	private final Accounts accounts;
	private final SecurityProperties properties;
	private final AuditLog audit;
	private final RateLimits rateLimits;

	LoginAttempts(Accounts accounts, SecurityProperties properties, AuditLog audit, RateLimits rateLimits) {
		this.rateLimits = rateLimits;
		this.accounts = accounts;
		this.properties = properties;
		this.audit = audit;
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		String username = event.getAuthentication().getName();
		rateLimits.failedSignIn(Actor.address());
		boolean locked = accounts.recordFailure(username, properties.maxFailures(), properties.lockDuration());
		audit.record(locked ? "auth.locked" : "auth.failure", "app_user", username, null, null);
		if (locked) {
			log.warn("Account {} locked for {} after {} failed sign-ins", username, properties.lockDuration(),
					properties.maxFailures());
		}
	}

	@EventListener
	void refused(AbstractAuthenticationFailureEvent event) {
		if (!(event instanceof AuthenticationFailureBadCredentialsEvent)) {
			audit.record("auth.refused", "app_user", event.getAuthentication().getName(), null, null);
		}
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		accounts.recordSuccess(event.getAuthentication().getName());
	}

	@EventListener
	void signedIn(InteractiveAuthenticationSuccessEvent event) {
		audit.record("auth.login", "app_user", event.getAuthentication().getName(), null, null);
	}
}
