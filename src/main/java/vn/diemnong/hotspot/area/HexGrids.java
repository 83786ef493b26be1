package vn.diemnong.hotspot.area;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import vn.diemnong.geo.ProvinceProperties;
import vn.diemnong.hotspot.stats.HexCell;
import vn.diemnong.hotspot.stats.HexLattice;
import vn.diemnong.hotspot.stats.MetricPoint;

/**
 * Builds the province's hexagon grid for a cell size and keeps the last few sizes asked for: a grid depends only
 * on the boundaries, not on the period. The cells are those of PostGIS {@code ST_HexagonGrid} (the lattice the
 * Java arithmetic reproduces vertex for vertex); which of them touch the province, and which commune holds each
 * centre, is decided with prepared JTS geometries in UTM, because PostGIS spends about 8 ms per cell intersecting
 * a hexagon with the 99-commune outline. PostGIS does the transforms: UTM 48N in, WGS84 GeoJSON out.
 */
@Component
class HexGrids {

	private static final int KEPT = 4;

	private final JdbcClient jdbc;
	private final ProvinceProperties province;
	private final int keptBands;
	private final Cache<Double, HexGrid> grids = Caffeine.newBuilder().maximumSize(KEPT).build();
	private final GeometryFactory utm = new GeometryFactory(new org.locationtech.jts.geom.PrecisionModel(), 32648);

	HexGrids(JdbcClient jdbc, ProvinceProperties province, AnalysisLimits limits) {
		this.jdbc = jdbc;
		this.province = province;
		this.keptBands = limits.keptBands();
	}

	HexGrid of(double edge) {
		return grids.get(edge, e -> build(new HexLattice(e)));
	}

	private HexGrid build(HexLattice lattice) {
		Geometry area = read(jdbc.sql("""
				SELECT ST_AsBinary(ST_Transform(geom, 32648)) FROM province_current WHERE code = ?""")
			.param(province.code()).query(byte[].class).single());
		PreparedGeometry prepared = PreparedGeometryFactory.prepare(area);
		var envelope = area.getEnvelopeInternal();
		List<HexCell> cells = new ArrayList<>();
		List<Polygon> outlines = new ArrayList<>();
		for (HexCell cell : lattice.cellsCovering(envelope.getMinX(), envelope.getMinY(), envelope.getMaxX(),
				envelope.getMaxY())) {
			Polygon outline = outline(lattice, cell);
			if (prepared.intersects(outline)) {
				cells.add(cell);
				outlines.add(outline);
			}
		}
		return new HexGrid(lattice.edge(), cells, wgs84GeoJson(outlines), communes(lattice, cells), keptBands);
	}

	private Polygon outline(HexLattice lattice, HexCell cell) {
		List<MetricPoint> ring = lattice.polygon(cell);
		Coordinate[] coordinates = ring.stream().map(p -> new Coordinate(p.x(), p.y())).toArray(Coordinate[]::new);
		return utm.createPolygon(coordinates);
	}

	private String[] wgs84GeoJson(List<Polygon> outlines) {
		WKBWriter writer = new WKBWriter();
		byte[][] wkbs = outlines.stream().map(writer::write).toArray(byte[][]::new);
		return jdbc.sql("""
				SELECT ST_AsGeoJSON(ST_Transform(ST_GeomFromWKB(w, 32648), 4326), 6)
				FROM unnest(CAST(:wkbs AS bytea[])) WITH ORDINALITY AS t(w, n) ORDER BY n""")
			.param("wkbs", wkbs)
			.query(String.class)
			.list()
			.toArray(String[]::new);
	}

	/** The 2025 commune holding each cell's centre (null for border cells whose centre lies outside). */
	private String[] communes(HexLattice lattice, List<HexCell> cells) {
		STRtree index = new STRtree();
		jdbc.sql("""
				SELECT code, ST_AsBinary(ST_Transform(geom, 32648)) AS wkb FROM commune_current WHERE parent_code = ?""")
			.param(province.code())
			.query((rs, n) -> {
				Geometry commune = read(rs.getBytes("wkb"));
				index.insert(commune.getEnvelopeInternal(), new Commune(rs.getString("code"),
						PreparedGeometryFactory.prepare(commune)));
				return n;
			})
			.list();
		String[] codes = new String[cells.size()];
		for (int k = 0; k < cells.size(); k++) {
			MetricPoint centre = lattice.centre(cells.get(k));
			Geometry point = utm.createPoint(new Coordinate(centre.x(), centre.y()));
			for (Object candidate : index.query(point.getEnvelopeInternal())) {
				Commune commune = (Commune) candidate;
				if (commune.area().covers(point)) {
					codes[k] = commune.code();
					break;
				}
			}
		}
		return codes;
	}

	private Geometry read(byte[] wkb) {
		try {
			return new WKBReader(utm).read(wkb);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("PostGIS returned unreadable WKB", ex);
		}
	}

	private record Commune(String code, PreparedGeometry area) {
	}
}
