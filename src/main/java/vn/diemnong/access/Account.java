package vn.diemnong.access;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import vn.diemnong.common.ScopedPrincipal;

/**
 * A signed-in account as Spring Security and the queries see it. The session keeps it without its hash but with the
 * row's version and a stamp of the hash, so that {@link AccountSessions} sees a change and a new password.
 */
record Account(long id, String username, String displayName, @Nullable String passwordHash, Role roleValue,
		Set<String> communes, boolean enabled, @Nullable Instant lockedUntil, int version, long passwordStamp)
		implements UserDetails, ScopedPrincipal {

	@Override
	public String role() {
		return roleValue.name();
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(roleValue.authority()));
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return lockedUntil == null || lockedUntil.isBefore(Instant.now());
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	/** The same account without its hash, to be kept in the session. */
	Account withoutPassword() {
		return new Account(id, username, displayName, null, roleValue, communes, enabled, lockedUntil, version,
				passwordStamp);
	}

	/** A digest of the hash (the first 64 bits of its SHA-256), which tells whether the password changed. */
	static long stamp(@Nullable String passwordHash) {
		if (passwordHash == null) {
			return 0;
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(passwordHash.getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.wrap(digest).getLong();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public String toString() {
		return "Account[" + username + ", " + roleValue + ", " + communes + "]";
	}
}
