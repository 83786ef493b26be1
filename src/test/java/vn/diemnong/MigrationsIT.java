package vn.diemnong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class MigrationsIT {

	@Autowired
	JdbcClient jdbc;

	@Test
	void postgisAndUnaccentAreInstalled() {
		assertThat(jdbc.sql("SELECT extname FROM pg_extension").query(String.class).list())
			.contains("postgis", "unaccent", "pg_trgm");
	}

	@Test
	void searchKeyFoldsComposedAndDecomposedVietnamese() {
		String composed = "Phong Khê Đại Bái";
		String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
		assertThat(jdbc.sql("SELECT search_key(?)").param(composed).query(String.class).single())
			.isEqualTo("phong khe dai bai");
		assertThat(jdbc.sql("SELECT search_key(?)").param(decomposed).query(String.class).single())
			.isEqualTo("phong khe dai bai");
	}

	@Test
	void statusHistoryCannotBeRewritten() {
		long site = jdbc.sql("""
				INSERT INTO site (kind, trade, name, status, geom, commune_id)
				SELECT 'waste_dump', 'waste_disposal', 'bãi xỉ thử', 'operating', ST_SetSRID(ST_MakePoint(106.06, 21.167), 4326), id
				FROM admin_unit WHERE code = '09190' AND level = 'commune' RETURNING id""").query(Long.class).single();
		jdbc.sql("INSERT INTO site_status_event (site_id, occurred_on, new_status, reason, recorded_by) "
				+ "VALUES (?, DATE '2026-01-01', 'operating', 'test', 'test')").param(site).update();

		// the service's role has no such grants (and V4's triggers stop even the owner)
		assertThatThrownBy(() -> jdbc.sql("UPDATE site_status_event SET reason = 'rewritten' WHERE site_id = ?")
			.param(site).update()).rootCause().hasMessageContaining("permission denied");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM site_status_event WHERE site_id = ?").param(site).update())
			.rootCause().hasMessageContaining("permission denied");
		assertThatThrownBy(() -> jdbc.sql("TRUNCATE site_status_event CASCADE").update())
			.rootCause().hasMessageContaining("permission denied");
	}

	@Test
	void constraintsRefuseInvalidGeometryWrongSridAndUnknownCodes() {
		String insert = """
				INSERT INTO site (kind, trade, name, status, geom, commune_id)
				SELECT :kind, 'pottery', 'x', 'operating', %s, id FROM admin_unit WHERE code = '09190' AND level = 'commune'""";
		String point = "ST_SetSRID(ST_MakePoint(106.06, 21.167), 4326)";
		assertThatThrownBy(() -> jdbc.sql(insert.formatted(point)).param("kind", "castle").update())
			.hasMessageContaining("site_kind_check");
		assertThatThrownBy(() -> jdbc.sql(insert.formatted("ST_SetSRID(ST_MakePoint(106.06, 21.167), 3857)"))
			.param("kind", "waste_dump").update()).hasMessageContaining("SRID");
		assertThatThrownBy(() -> jdbc.sql(insert.formatted(
				"ST_GeomFromText('POLYGON((106.06 21.16, 106.07 21.17, 106.07 21.16, 106.06 21.17, 106.06 21.16))', 4326)"))
			.param("kind", "waste_dump").update()).hasMessageContaining("site_geom_check");
	}

	@Test
	void spatialColumnsHaveGistIndexes() {
		assertThat(jdbc.sql("SELECT indexname FROM pg_indexes WHERE indexdef LIKE '%USING gist%'").query(String.class).list())
			.contains("admin_unit_geom_idx", "site_geom_idx");
	}

	@Test
	void everyPre2025CommuneOfTheCrosswalkLeadsToA2025Commune() {
		assertThat(jdbc.sql("SELECT count(*) FROM admin_unit_predecessor").query(Integer.class).single()).isEqualTo(316);
		assertThat(jdbc.sql("SELECT count(*) FROM admin_unit WHERE level = 'commune' AND valid_to IS NULL")
			.query(Integer.class).single()).isEqualTo(99);
		assertThat(jdbc.sql("""
				SELECT u.code FROM admin_unit_predecessor p JOIN admin_unit u ON u.id = p.successor_id
				WHERE p.code = '09244'""").query(String.class).single()).isEqualTo("09190");
	}
}
