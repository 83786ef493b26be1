package vn.diemnong.common;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The part of the province the current caller may see. Queries add {@link #condition} to their WHERE clauses, and
 * services ask {@link #covers} before they touch a record, so a commune's user never receives another commune's
 * record, whatever the UI asks for. Work with no caller at all (loaders at start-up) sees the whole province; an
 * authenticated caller the service does not know sees nothing.
 */
public final class Scope {

	private static final String NOTHING = "__none__";

	private Scope() {
	}

	/** The communes the caller is limited to, empty for the whole province. */
	public static Set<String> communes() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return Set.of();
		}
		if (authentication.getPrincipal() instanceof ScopedPrincipal principal) {
			return principal.communes();
		}
		return Set.of(NOTHING);
	}

	public static boolean covers(String communeCode) {
		Set<String> communes = communes();
		return communes.isEmpty() || communes.contains(communeCode);
	}

	/**
	 * A condition on a column holding 2025 commune codes, empty when the caller sees the whole province; the codes
	 * are bound as {@code :scopeCommunes}.
	 */
	public static String condition(String communeCodeColumn, Map<String, Object> params) {
		Set<String> communes = communes();
		if (communes.isEmpty()) {
			return "";
		}
		params.put("scopeCommunes", List.copyOf(communes));
		return communeCodeColumn + " IN (:scopeCommunes)";
	}

	/** {@link #condition} to be appended to an existing WHERE clause: empty, or {@code AND …}. */
	public static String andCondition(String communeCodeColumn, Map<String, Object> params) {
		String condition = condition(communeCodeColumn, params);
		return condition.isEmpty() ? "" : "AND " + condition;
	}

	/** Refuses, as "not found", a record outside the caller's communes: its existence is not for them to learn. */
	public static void require(String communeCode, String what, Object id) {
		if (!covers(communeCode)) {
			throw ApiProblem.notFound(what, id);
		}
	}
}
