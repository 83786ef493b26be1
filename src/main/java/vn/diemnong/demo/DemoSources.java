package vn.diemnong.demo;

import java.util.List;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.diemnong.geo.ProvinceProperties;

/** Reads what the demo is generated from: communes and crosswalk as loaded in the database, the known-sites file. */
@Component
class DemoSources {

	static final String KNOWN_SITES = "classpath:data/sites/bac-ninh-known-sites.csv";

	private final JdbcClient jdbc;
	private final ResourceLoader resources;
	private final GeometryFactory factory;
	private final ProvinceProperties province;

	DemoSources(JdbcClient jdbc, ResourceLoader resources, GeometryFactory factory, ProvinceProperties province) {
		this.jdbc = jdbc;
		this.resources = resources;
		this.factory = factory;
		this.province = province;
	}

	DemoInput input(long seed) {
		return new DemoInput(communes(), predecessors(), KnownSite.read(resources.getResource(KNOWN_SITES)), seed);
	}

	private List<Commune> communes() {
		return jdbc.sql("""
				SELECT code, full_name, ST_AsBinary(geom) AS wkb FROM admin_unit
				WHERE level = 'commune' AND valid_to IS NULL AND parent_code = ? ORDER BY code""")
			.param(province.code())
			.query((rs, n) -> new Commune(rs.getString("code"), rs.getString("full_name"), multi(rs.getBytes("wkb"))))
			.list();
	}

	private List<Predecessor> predecessors() {
		return jdbc.sql("""
				SELECT p.code, p.name, u.code AS new_code
				FROM admin_unit_predecessor p JOIN admin_unit u ON u.id = p.successor_id
				WHERE u.valid_to IS NULL AND u.parent_code = ? ORDER BY p.code, u.code""")
			.param(province.code())
			.query((rs, n) -> new Predecessor(rs.getString("code"), rs.getString("name"), rs.getString("new_code")))
			.list();
	}

	private MultiPolygon multi(byte[] wkb) {
		try {
			Geometry geometry = new WKBReader(factory).read(wkb);
			return geometry instanceof Polygon polygon ? factory.createMultiPolygon(new Polygon[] { polygon })
					: (MultiPolygon) geometry;
		}
		catch (ParseException ex) {
			throw new IllegalStateException("PostGIS returned unreadable WKB", ex);
		}
	}
}
