package vn.diemnong.patrol;

import java.util.List;
import java.util.Set;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.diemnong.common.ApiProblem;
import vn.diemnong.common.Messages;
import vn.diemnong.common.Scope;
import vn.diemnong.common.UiWords;

/** Plans read back, in the caller's scope, as JSON, GPX and PDF. */
@Service
class PatrolPlans {

	private final PlanStore store;
	private final JdbcClient jdbc;
	private final UiWords words;

	PatrolPlans(PlanStore store, JdbcClient jdbc, UiWords words) {
		this.store = store;
		this.jdbc = jdbc;
		this.words = words;
	}

	/**
	 * A plan; 404 when there is none or when a commune user's communes do not hold all of its communes (a plan over a
	 * drawn area with no commune is the province's).
	 */
	@Transactional(readOnly = true)
	PatrolPlan get(long id) {
		List<String> communes = store.communesOf(id).orElseThrow(() -> ApiProblem.notFound("patrol-plan", id));
		Set<String> scope = Scope.communes();
		if (!scope.isEmpty() && (communes.isEmpty() || !scope.containsAll(communes))) {
			throw ApiProblem.notFound("patrol-plan", id);
		}
		return store.find(id).orElseThrow(() -> ApiProblem.notFound("patrol-plan", id));
	}

	byte[] gpx(long id) {
		PatrolPlan plan = get(id);
		java.util.Locale locale = Messages.current();
		return PlanGpx.of(plan, title(plan, locale), key -> words.get(locale, key));
	}

	/** Always in Vietnamese: it is printed for the patrol. */
	@Transactional(readOnly = true)
	byte[] pdf(long id) {
		PatrolPlan plan = get(id);
		List<Geometry> outlines = jdbc.sql("""
				SELECT ST_AsText(ST_SimplifyPreserveTopology(c.geom, 0.0002)) FROM commune_current c, patrol_plan p
				WHERE p.id = :id AND ST_Intersects(c.geom, ST_Expand(p.geom, 0.02))""")
			.param("id", id).query(String.class).list().stream().map(PatrolPlans::geometry).toList();
		String names = String.join(", ", jdbc.sql("""
				SELECT c.name FROM commune_current c WHERE c.code IN (SELECT unnest(communes) FROM patrol_plan WHERE id = :id)
				ORDER BY c.name""").param("id", id).query(String.class).list());
		return PlanPdf.of(plan, outlines, names.isEmpty() ? words.get(Messages.VI, "police.pdf.drawnArea") : names,
				key -> words.get(Messages.VI, key));
	}

	String fileName(PatrolPlan plan) {
		return "ke-hoach-tuan-tra-" + plan.id() + "-" + plan.date();
	}

	private String title(PatrolPlan plan, java.util.Locale locale) {
		return words.get(locale, "police.gpx.title").replace("{id}", String.valueOf(plan.id()))
			.replace("{date}", plan.date().toString());
	}

	private static Geometry geometry(String wkt) {
		try {
			return new WKTReader().read(wkt);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("PostGIS returned unreadable WKT", ex);
		}
	}
}
