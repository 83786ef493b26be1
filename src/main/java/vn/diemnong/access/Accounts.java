package vn.diemnong.access;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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

/** The accounts table: reading for sign-in, writing for the administrator, counting failed sign-ins. */
@Service
public class Accounts {

	/** The password of every demo account; a run without demo data refuses to start with it configured. */
	public static final String DEMO_PASSWORD = "demo2026";

	static final String COLUMNS = "id, username, display_name, password_hash, role, communes, enabled, locked_until, version";

	private final JdbcClient jdbc;
	private final PasswordEncoder encoder;
	private final AuditLog audit;

	Accounts(JdbcClient jdbc, PasswordEncoder encoder, AuditLog audit) {
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.audit = audit;
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
