package vn.diemnong.access;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.diemnong.audit.AuditLog;
import vn.diemnong.common.ApiProblem;
import vn.diemnong.common.Coded;

/** The accounts table: reading for sign-in, writing for the administrator, counting failed sign-ins. */
@Service
public class Accounts {

	/** The password of every demo account; a run without demo data refuses to start with it configured. */
	public static final String DEMO_PASSWORD = "demo2026";

	static final String COLUMNS = "id, username, display_name, password_hash, role, communes, enabled, locked_until, version";

	private final JdbcClient jdbc;
	private final PasswordEncoder encoder;
	private final AuditLog audit;
	private final Passwords passwords;
	private final SignInThrottle throttle;

	Accounts(JdbcClient jdbc, PasswordEncoder encoder, AuditLog audit, Passwords passwords, SignInThrottle throttle) {
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.audit = audit;
		this.passwords = passwords;
		this.throttle = throttle;
	}

	Optional<Account> find(String username) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE username = ?").param(username)
			.query(Accounts::account).optional();
	}

	Optional<Account> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE id = ?").param(id).query(Accounts::account)
			.optional();
	}

	/** Creates an account and records it in the audit trail (without its hash); returns its id. */
	@Transactional
	public long create(String username, String displayName, @Nullable String password, Role role,
			Set<String> communes, boolean demo) {
		long id = jdbc.sql("""
				INSERT INTO app_user (username, display_name, password_hash, role, communes, demo)
				VALUES (:username, :displayName, :hash, :role, CAST(:communes AS varchar(5)[]), :demo) RETURNING id""")
			.param("username", username).param("displayName", displayName)
			.param("hash", password == null ? null : encoder.encode(password)).param("role", role.name())
			.param("communes", communes.toArray(String[]::new)).param("demo", demo)
			.query(Long.class).single();
		audit.record("user.create", "app_user", id, null, audit.snapshot("app_user", id));
		return id;
	}

	/**
	 * The administrator's new account: a known role, communes for a commune's account only, a strong password and a
	 * free username, each checked before anything is written; returns its id.
	 */
	@Transactional
	long register(NewUser request) {
		Role role = role(request.role());
		Set<String> communes = communes(role, request.communes());
		passwords.check(request.username(), request.password());
		if (find(request.username()).isPresent()) {
			throw ApiProblem.invalid("username", "username-taken", request.username());
		}
		return create(request.username(), request.displayName(), request.password(), role, communes, false);
	}

	/**
	 * The administrator's change of an account, recorded in the audit trail; an unlock also forgets the account's
	 * failed sign-ins. A role changed without communes needs them again. 404 problem for an unknown account.
	 */
	@Transactional
	void change(long id, UserChange change) {
		Account current = find(id).orElseThrow(() -> ApiProblem.notFound("user", id));
		Role role = change.role() == null ? current.roleValue() : role(change.role());
		Set<String> communes = change.communes() == null && role == current.roleValue() ? current.communes()
				: communes(role, change.communes());
		if (change.password() != null) {
			passwords.check(current.username(), change.password());
		}
		String before = audit.snapshot("app_user", id);
		jdbc.sql("""
				UPDATE app_user SET display_name = coalesce(:displayName, display_name), role = :role,
				       communes = CAST(:communes AS varchar(5)[]), enabled = coalesce(:enabled, enabled),
				       password_hash = coalesce(:hash, password_hash),
				       failed_attempts = CASE WHEN :unlock THEN 0 ELSE failed_attempts END,
				       locked_until = CASE WHEN :unlock THEN NULL ELSE locked_until END,
				       updated_at = now(), version = version + 1
				WHERE id = :id""")
			.param("displayName", change.displayName()).param("role", role.name())
			.param("communes", communes.toArray(String[]::new)).param("enabled", change.enabled())
			.param("hash", change.password() == null ? null : encoder.encode(change.password()))
			.param("unlock", Boolean.TRUE.equals(change.unlock())).param("id", id).update();
		audit.record("user.update", "app_user", id, before, audit.snapshot("app_user", id));
		if (Boolean.TRUE.equals(change.unlock())) {
			throttle.forget(current.username());
		}
	}

	private static Role role(String code) {
		return Coded.parse(Role.class, "role", code);
	}

	/** A commune's account needs at least one current commune; the others none. */
	private Set<String> communes(Role role, @Nullable List<String> codes) {
		Set<String> communes = new LinkedHashSet<>(codes == null ? List.of() : codes);
		if ((role == Role.COMMUNE) != !communes.isEmpty()) {
			throw ApiProblem.invalid("communes", role == Role.COMMUNE ? "communes-required" : "communes-not-allowed");
		}
		if (communes.isEmpty()) {
			return communes;
		}
		List<String> known = jdbc.sql("""
				SELECT code FROM commune_current WHERE code IN (:codes)""")
			.param("codes", List.copyOf(communes)).query(String.class).list();
		List<String> unknown = new ArrayList<>(communes);
		unknown.removeAll(known);
		if (!unknown.isEmpty()) {
			throw ApiProblem.invalid("communes", "not-found.commune", unknown.get(0));
		}
		return communes;
	}

	/** Creates the account unless one of that name exists; true when it was created. */
	public boolean createIfMissing(String username, String displayName, String password, Role role,
			Set<String> communes, boolean demo) {
		if (find(username).isPresent()) {
			return false;
		}
		create(username, displayName, password, role, communes, demo);
		return true;
	}

	boolean anyAdmin() {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM app_user WHERE role = 'ADMIN' AND enabled)").query(Boolean.class)
			.single();
	}

	List<String> enabledDemoAccounts() {
		return jdbc.sql("SELECT username FROM app_user WHERE demo AND enabled ORDER BY username").query(String.class)
			.list();
	}

	/** Counts a failed sign-in, for the administrator's list (delays are {@link SignInThrottle}'s, not a lock). */
	void recordFailure(String username) {
		jdbc.sql("UPDATE app_user SET failed_attempts = failed_attempts + 1 WHERE username = ?").param(username).update();
	}

	void recordSuccess(String username) {
		jdbc.sql("UPDATE app_user SET failed_attempts = 0, locked_until = NULL WHERE username = ? AND failed_attempts > 0")
			.param(username).update();
	}

	static Account account(ResultSet rs, int row) throws SQLException {
		Array communes = rs.getArray("communes");
		Timestamp locked = rs.getTimestamp("locked_until");
		String hash = rs.getString("password_hash");
		return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"), hash, Role.valueOf(rs.getString("role")),
				new LinkedHashSet<>(Arrays.asList((String[]) communes.getArray())), rs.getBoolean("enabled"),
				locked == null ? null : locked.toInstant(), rs.getInt("version"),
				Account.stamp(hash));
	}
}
