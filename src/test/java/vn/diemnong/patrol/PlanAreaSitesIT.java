package vn.diemnong.patrol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.diemnong.IntegrationTest;

/**
 * The plan's sites in the area are tested in Java (JTS's prepared geometry) since issue 13's 100,000-site figure: they
 * must be exactly the sites PostGIS's ST_Covers finds, as before, for each commune alone, for the whole province and
 * for a drawn polygon whose edge runs through the sites.
 */
@IntegrationTest
class PlanAreaSitesIT {

	@Autowired
	PatrolPlanner planner;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSitesInTheAreaAreThoseStCoversFinds() {
		List<String> areas = new ArrayList<>(jdbc.sql("SELECT ST_AsText(ST_Multi(geom)) FROM commune_current ORDER BY code")
			.query(String.class).list());
		areas.add(jdbc.sql("SELECT ST_AsText(ST_Multi(ST_Union(geom))) FROM commune_current").query(String.class)
			.single());
		// a box around the demo's middle: its edges cut through communes full of sites
		areas.add("POLYGON((106.0 21.12, 106.09 21.12, 106.09 21.2, 106.0 21.2, 106.0 21.12))");
		long compared = 0;
		for (String area : areas) {
			List<Long> postgis = jdbc.sql("""
					SELECT s.id FROM site_current s
					WHERE ST_Covers(ST_GeomFromText(:area, 4326), ST_PointOnSurface(s.geom)) ORDER BY s.id""")
				.param("area", area).query(Long.class).list();
			List<Long> java = planner.sites(area).stream().map(PatrolPlanner.Site::id).toList();
			assertThat(java).as(area.substring(0, Math.min(80, area.length()))).isEqualTo(postgis);
			compared += postgis.size();
		}
		assertThat(compared).as("sites compared").isGreaterThan(1000);
	}
}
