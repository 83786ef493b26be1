package vn.diemnong.hotspot.area;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;
import vn.diemnong.common.ApiProblem;
import vn.diemnong.hotspot.stats.GiClass;
import vn.diemnong.hotspot.stats.HexCell;

/** Why one cell is hot or cold: its Gi*, its monthly z series and category, and the sites and violations in it. */
@Service
class CellDetails {

	private final AreaHotspots hotspots;
	private final JdbcClient jdbc;
	private final JsonMapper json;

	CellDetails(AreaHotspots hotspots, JdbcClient jdbc, JsonMapper json) {
		this.hotspots = hotspots;
		this.jdbc = jdbc;
		this.json = json;
	}

	@Transactional(readOnly = true)
	Map<String, Object> of(String id, Analysis analysis) {
		HexCell cell = parse(id);
		AreaHotspots.Computed gi = hotspots.compute(analysis);
		HexGrid grid = gi.grid();
		int k = grid.indexOf(cell);
		if (k < 0) {
			throw ApiProblem.notFound("cell", id);
		}
		AreaHotspots.Cube cube = hotspots.cube(analysis);
		GiClass giClass = gi.classes(analysis.fdr())[k];
		Map<String, Object> answer = new LinkedHashMap<>();
		answer.put("id", id);
		answer.put("i", cell.i());
		answer.put("j", cell.j());
		answer.put("cellSize", grid.edge());
		answer.put("from", analysis.from());
		answer.put("to", analysis.to());
		answer.put("value", analysis.value().code());
		answer.put("fdr", analysis.fdr());
		answer.put("geometry", json.readTree(grid.geometry(k)));
		answer.put("commune", grid.commune(k));
		answer.put("gi", new HotspotSchemas.CellGi(gi.values()[k], gi.result().z(k), gi.result().p(k), GiAnswer.code(giClass),
				gi.result().neighbourCount(k), gi.band()));
		answer.put("months", AreaHotspots.monthLabels(analysis.from(), cube.slices().size()));
		answer.put("zSeries", cube.slices().stream().map(slice -> slice.z(k)).toList());
		answer.put("category", cube.categories()[k].category().name().toLowerCase(Locale.ROOT));
		answer.put("trendZ", cube.categories()[k].trend().z());
		answer.put("trendP", cube.categories()[k].trend().p());
		List<Long> siteIds = sitesIn(grid, k);
		answer.put("sites", sites(siteIds, analysis.from(), analysis.to()));
		answer.put("violations", violations(siteIds, analysis.from(), analysis.to()));
		return answer;
	}

	private static HexCell parse(String id) {
		String[] parts = id.split("_");
		try {
			if (parts.length == 2) {
				return new HexCell(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
			}
		}
		catch (NumberFormatException ex) {
			// falls through to the problem below
		}
		throw ApiProblem.invalid("id", "cell-id-format");
	}

	/** The sites whose position falls in the cell by the same lattice arithmetic that counted their violations. */
	private List<Long> sitesIn(HexGrid grid, int k) {
		List<Long> ids = new ArrayList<>();
		jdbc.sql("""
				SELECT s.id, ST_X(u.p) AS x, ST_Y(u.p) AS y
				FROM site_current s, LATERAL (SELECT ST_Transform(ST_PointOnSurface(s.geom), 32648) AS p) u
				WHERE ST_PointOnSurface(s.geom) && ST_Expand(ST_GeomFromGeoJSON(:cell), 0.001)""")
			.param("cell", grid.geometry(k))
			.query((rs, n) -> grid.cellAt(rs.getDouble("x"), rs.getDouble("y")) == k ? ids.add(rs.getLong("id")) : false)
			.list();
		return ids;
	}

	private List<Map<String, Object>> sites(List<Long> ids, LocalDate from, LocalDate to) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT s.id, s.name, s.kind, s.status,
				       (SELECT count(*) FROM violation_fact v
				        WHERE v.site_id = s.id AND v.inspected_on BETWEEN :from AND :to) AS violations
				FROM site_current s WHERE s.id IN (:ids) ORDER BY violations DESC, s.id""")
			.param("ids", ids).param("from", from).param("to", to)
			.query().listOfRows();
	}

	private List<Map<String, Object>> violations(List<Long> ids, LocalDate from, LocalDate to) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				SELECT v.id, v.site_id AS "siteId", s.name AS "siteName", v.inspected_on::text AS date, v.category,
				       v.severity, v.fine_vnd AS "fineVnd"
				FROM violation_fact v JOIN site_current s ON s.id = v.site_id
				WHERE v.site_id IN (:ids) AND v.inspected_on BETWEEN :from AND :to ORDER BY v.inspected_on, v.id""")
			.param("ids", ids).param("from", from).param("to", to)
			.query().listOfRows();
	}

}
