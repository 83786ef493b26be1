package vn.diemnong.tip;

import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.diemnong.common.Actor;
import vn.diemnong.common.ApiProblem;
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
	 * The confirming record must be of the linked site: a status event or an inspection is checked in the site and
	 * inspection modules' views; an observation is a status-history entry of the field module and is taken by id.
	 */
	void requireConfirmation(TipChange.Confirmation confirmation, Long siteId) {
		if (!CONFIRMATIONS.contains(confirmation.kind())) {
			throw ApiProblem.invalid("confirmedBy.kind", "unknown-value", confirmation.kind(),
					String.join(", ", CONFIRMATIONS.stream().sorted().toList()));
		}
		if (siteId == null) {
			throw ApiProblem.invalid("siteId", "tip.verified-needs-site");
		}
		String view = switch (confirmation.kind()) {
			case "status_event" -> "site_status_fact";
			case "inspection" -> "inspection_fact";
			default -> null;
		};
		if (view != null && !jdbc.sql("SELECT EXISTS (SELECT 1 FROM %s WHERE id = :id AND site_id = :site)".formatted(view))
			.param("id", confirmation.id()).param("site", siteId).query(Boolean.class).single()) {
			throw ApiProblem.invalid("confirmedBy.id", "tip.confirmation-not-of-site", confirmation.id());
		}
	}
}
