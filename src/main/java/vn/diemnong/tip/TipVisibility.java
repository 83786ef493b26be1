package vn.diemnong.tip;

import java.util.Map;
import java.util.Set;

import vn.diemnong.common.Actor;
import vn.diemnong.common.Scope;

/**
 * Who may see which tip: the department and the police every tip; a commune's user the tips of their communes,
 * except those whose reporter said the commune's officials are involved; nobody else any.
 */
final class TipVisibility {

	static final Set<String> PROVINCE = Set.of("ENV_DEPT", "POLICE");

	private TipVisibility() {
	}

	static boolean province() {
		return PROVINCE.contains(Actor.role());
	}

	/** A SQL condition on the tip alias {@code t}, its values added to {@code params}. */
	static String condition(String alias, Map<String, Object> params) {
		if (province()) {
			return "TRUE";
		}
		if (!"COMMUNE".equals(Actor.role())) {
			return "FALSE";
		}
		String scope = Scope.condition(alias + ".commune_code", params);
		return "NOT " + alias + ".officials_involved" + (scope.isEmpty() ? "" : " AND " + scope);
	}
}
