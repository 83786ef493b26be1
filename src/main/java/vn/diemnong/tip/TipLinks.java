package vn.diemnong.tip;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.diemnong.common.Actor;
import vn.diemnong.common.ApiProblem;
import vn.diemnong.common.Scope;
import vn.diemnong.site.SiteRef;
import vn.diemnong.site.Sites;

/** What a tip is linked to, through the site module's API and the views other modules publish. */
@Component
class TipLinks {

	static final Set<String> CONFIRMATIONS = Set.of("observation", "status_event", "inspection");

	private final Sites sites;
	private final JdbcClient jdbc;

	TipLinks(Sites sites, JdbcClient jdbc) {
		this.sites = sites;
		this.jdbc = jdbc;
	}

	/** A site the caller may see. */
	long site(long id) {
		return sites.find(id).map(SiteRef::id)
			.orElseThrow(() -> ApiProblem.invalid("siteId", "not-found.site", id));
	}

	/** A suspected site registered at the tip's position (the caller's right to register sites applies). */
	long newSite(Tips.TipRow tip) {
		// registering sites is the department's and the communes' (the role matrix's editSites), not the police's
		if (!Set.of("ENV_DEPT", "COMMUNE").contains(Actor.role())) {
			throw ApiProblem.forbidden("newSuspectedSite", "role-not-allowed");
		}
		return sites.registerSuspected("Điểm nghi vấn theo tin báo số " + tip.id(), tip.lon(), tip.lat(),
				"Đăng ký từ tin báo của người dân số " + tip.id());
	}

	/**
	 * The confirming record must exist, be of the linked site and be one the caller may see (its site in the caller's
	 * communes): an observation, a status event or an inspection, read from the views the observation, site and
	 * inspection modules publish. A record the caller may not see is refused as one that does not exist.
	 *
	 * @param field where the confirmation is in the request ({@code confirmedBy}, {@code confirmations[1]})
	 */
	void requireConfirmation(TipChange.Confirmation confirmation, @Nullable Long siteId, String field) {
		if (!CONFIRMATIONS.contains(confirmation.kind())) {
			throw ApiProblem.invalid(field + ".kind", "unknown-value", confirmation.kind(),
					String.join(", ", CONFIRMATIONS.stream().sorted().toList()));
		}
		if (siteId == null) {
			throw ApiProblem.invalid("siteId", "tip.verified-needs-site");
		}
		String view = switch (confirmation.kind()) {
			case "status_event" -> "site_status_fact";
			case "inspection" -> "inspection_fact";
			default -> "observation_fact";
		};
		var found = jdbc.sql("""
				SELECT r.site_id, s.commune_code FROM %s r JOIN site_current s ON s.id = r.site_id
				WHERE r.id = :id""".formatted(view))
			.param("id", confirmation.id())
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) })
			.optional()
			.filter(row -> Scope.covers((String) row[1]));
		if (found.isEmpty()) {
			throw ApiProblem.invalid(field + ".id", "tip.confirmation-unknown", String.valueOf(confirmation.id()));
		}
		if ((Long) found.get()[0] != siteId.longValue()) {
			throw ApiProblem.invalid(field + ".id", "tip.confirmation-not-of-site", String.valueOf(confirmation.id()));
		}
	}
}
