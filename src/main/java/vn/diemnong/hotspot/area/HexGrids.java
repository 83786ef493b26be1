package vn.diemnong.hotspot.area;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.diemnong.geo.ProvinceProperties;
import vn.diemnong.hotspot.stats.HexCell;

/**
 * Builds the province's hexagon grid for a cell size with PostGIS {@code ST_HexagonGrid} (the lattice the Java
 * arithmetic reproduces cell for cell) and keeps the last few sizes asked for: a grid depends only on the
 * boundaries, not on the period.
 */
@Component
class HexGrids {

	private static final int KEPT = 4;

	private final JdbcClient jdbc;
	private final ProvinceProperties province;
	private final Map<Double, HexGrid> grids = new LinkedHashMap<>(8, 0.75f, true);

	HexGrids(JdbcClient jdbc, ProvinceProperties province) {
		this.jdbc = jdbc;
		this.province = province;
	}

	synchronized HexGrid of(double edge) {
		HexGrid grid = grids.get(edge);
		if (grid == null) {
			grid = build(edge);
			grids.put(edge, grid);
			if (grids.size() > KEPT) {
				grids.remove(grids.keySet().iterator().next());
			}
		}
		return grid;
	}

	private HexGrid build(double edge) {
		List<HexCell> cells = new ArrayList<>();
		List<String> geometry = new ArrayList<>();
		List<String> commune = new ArrayList<>();
		jdbc.sql("""
				WITH p AS (SELECT ST_Transform(geom, 32648) AS area FROM admin_unit
				           WHERE level = 'province' AND code = :province AND valid_to IS NULL)
				SELECT h.i, h.j, ST_AsGeoJSON(ST_Transform(h.geom, 4326), 6) AS geometry,
				       (SELECT c.code FROM admin_unit c WHERE c.level = 'commune' AND c.valid_to IS NULL
				          AND ST_Covers(c.geom, ST_Transform(ST_Centroid(h.geom), 4326)) LIMIT 1) AS commune
				FROM p, ST_HexagonGrid(:edge, p.area) h
				WHERE ST_Intersects(h.geom, p.area)
				ORDER BY h.i, h.j""")
			.param("province", province.code())
			.param("edge", edge)
			.query((rs, n) -> {
				cells.add(new HexCell(rs.getInt("i"), rs.getInt("j")));
				geometry.add(rs.getString("geometry"));
				commune.add(rs.getString("commune"));
				return n;
			})
			.list();
		return new HexGrid(edge, cells, geometry.toArray(String[]::new), commune.toArray(String[]::new));
	}
}
