package vn.diemnong.access;

import java.net.URI;
import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.diemnong.audit.AuditLog;
import vn.diemnong.common.ApiProblem;
import vn.diemnong.common.Coded;

/** Accounts, for the administrator: list, create, change role, communes or password, disable, unlock. */
@RestController
@RequestMapping("/api/v1/users")
class UserController {

	private final Accounts accounts;
	private final JdbcClient jdbc;
	private final AuditLog audit;
	private final PasswordEncoder encoder;
	private final Passwords passwords;
	private final SignInThrottle throttle;

	UserController(Accounts accounts, JdbcClient jdbc, AuditLog audit, PasswordEncoder encoder, Passwords passwords,
			SignInThrottle throttle) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.audit = audit;
		this.encoder = encoder;
		this.passwords = passwords;
		this.throttle = throttle;
	}

	record NewUser(@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9._-]{1,62}") String username,
			@NotBlank @Size(max = 200) String displayName, @NotBlank @Size(max = 200) String password,
			@NotNull String role, @Nullable List<String> communes) {
	}

	record UserChange(@Nullable @Size(max = 200) String displayName, @Nullable @Size(max = 200) String password,
			@Nullable String role, @Nullable List<String> communes, @Nullable Boolean enabled, @Nullable Boolean unlock) {
	}

	private static final String USERS = """
			SELECT id, username, display_name AS "displayName", role, communes, enabled, demo,
			       failed_attempts AS "failedAttempts", locked_until AS "lockedUntil", version
			FROM app_user""";

	@GetMapping
	List<Map<String, Object>> list() {
		return jdbc.sql(USERS + " ORDER BY username").query().listOfRows().stream().map(UserController::plain).toList();
	}

	@PostMapping
	ResponseEntity<Map<String, Object>> create(@Valid @RequestBody NewUser request) {
		Role role = role(request.role());
		Set<String> communes = communes(role, request.communes());
		passwords.check(request.username(), request.password());
		if (accounts.find(request.username()).isPresent()) {
			throw ApiProblem.invalid("username", "username-taken", request.username());
		}
		long id = accounts.create(request.username(), request.displayName(), request.password(), role, communes, false);
		return ResponseEntity.created(URI.create("/api/v1/users/" + id)).body(one(id));
	}

	@PatchMapping("/{id}")
	@Transactional
	Map<String, Object> change(@PathVariable long id, @Valid @RequestBody UserChange change) {
		Account current = accounts.find(id).orElseThrow(() -> ApiProblem.notFound("user", id));
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
		return one(id);
	}

	private Map<String, Object> one(long id) {
		return plain(jdbc.sql(USERS + " WHERE id = ?").param(id).query().singleRow());
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
				SELECT code FROM admin_unit WHERE level = 'commune' AND valid_to IS NULL AND code IN (:codes)""")
			.param("codes", List.copyOf(communes)).query(String.class).list();
		List<String> unknown = new ArrayList<>(communes);
		unknown.removeAll(known);
		if (!unknown.isEmpty()) {
			throw ApiProblem.invalid("communes", "not-found.commune", unknown.get(0));
		}
		return communes;
	}

	/** Arrays from the driver as lists, so that they serialise as JSON arrays. */
	private static Map<String, Object> plain(Map<String, Object> row) {
		Map<String, Object> copy = new LinkedHashMap<>(row);
		if (copy.get("communes") instanceof Array array) {
			try {
				copy.put("communes", List.of((Object[]) array.getArray()));
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return copy;
	}
}
