package vn.diemnong.geo;

import java.util.List;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The served province's communes as loaded: the current ones with their boundaries, and the 2025 crosswalk. */
@Service
public class ProvinceCommunes {

	private final JdbcClient jdbc;
	private final GeometryFactory factory;
	private final ProvinceProperties province;

	ProvinceCommunes(JdbcClient jdbc, GeometryFactory factory, ProvinceProperties province) {
		this.jdbc = jdbc;
		this.factory = factory;
		this.province = province;
	}

	/** A commune valid since 1 July 2025, with its boundary (Polygon or MultiPolygon, WGS84 lon/lat). */
	public record Current(String code, String fullName, Geometry boundary) {
	}

	/** One row of the crosswalk: an old commune and a current commune it went into. */
	public record Merged(String oldCode, String oldName, String newCode) {
	}

	/** The current communes, by code. */
	public List<Current> current() {
		return jdbc.sql("""
				SELECT code, full_name, ST_AsBinary(geom) AS wkb FROM admin_unit
				WHERE level = 'commune' AND valid_to IS NULL AND parent_code = ? ORDER BY code""")
			.param(province.code())
			.query((rs, n) -> new Current(rs.getString("code"), rs.getString("full_name"), read(rs.getBytes("wkb"))))
			.list();
	}

	/** The crosswalk, by old code and then new code. */
	public List<Merged> crosswalk() {
		return jdbc.sql("""
				SELECT p.code, p.name, u.code AS new_code
				FROM admin_unit_predecessor p JOIN admin_unit u ON u.id = p.successor_id
				WHERE u.valid_to IS NULL AND u.parent_code = ? ORDER BY p.code, u.code""")
			.param(province.code())
			.query((rs, n) -> new Merged(rs.getString("code"), rs.getString("name"), rs.getString("new_code")))
			.list();
	}

	private Geometry read(byte[] wkb) {
		try {
			return new WKBReader(factory).read(wkb);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("PostGIS returned unreadable WKB", ex);
		}
	}
}
