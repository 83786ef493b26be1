package vn.diemnong.access;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;

/** The shape of an account as {@link AccountQueries} reads it (a map), for the OpenAPI document only. */
final class AccountSchemas {

	private AccountSchemas() {
	}

	@Schema(name = "Account", description = "An account without its password hash")
	record Account(long id, String username, String displayName, String role, List<String> communes,
			boolean enabled, boolean demo, int failedAttempts,
			@Schema(description = "sign-ins of this account wait until then") @Nullable OffsetDateTime lockedUntil,
			int version) {
	}
}
