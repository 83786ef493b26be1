package vn.diemnong.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.diemnong.IntegrationTest;
import vn.diemnong.common.ApiProblem;
import vn.diemnong.site.SiteImport.HistoricalSite;
import vn.diemnong.site.SiteImport.HistoricalStatus;
import vn.diemnong.site.SiteImport.ImportedSite;

/** The import holds a data set's sites to a registration's rules; each test rolls its rows back. */
@IntegrationTest
class SiteImportIT {

	@Autowired
	SiteImport imports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void aSiteGetsTheCommuneItsGeometryLiesInAndItsHistory() throws Exception {
		String commune = jdbc.sql("SELECT code FROM admin_unit WHERE level = 'commune' AND valid_to IS NULL"
				+ " AND ST_Covers(geom, ST_GeomFromText(?, 4326))").param(pointWkt()).query(String.class).single();
		transaction.executeWithoutResult(status -> {
			List<ImportedSite> imported = imports.load(List.of(site("suspended")), List.of(
					new HistoricalStatus(0, LocalDate.of(2024, 3, 1), null, "operating", " registered ", null, null),
					new HistoricalStatus(0, LocalDate.of(2025, 8, 1), "operating", "suspended", "sealed", null,
							commune)), "import-test", true);
			assertThat(imported).extracting(ImportedSite::communeCode).containsExactly(commune);
			assertThat(jdbc.sql("SELECT string_agg(coalesce(old_status, '-') || '>' || new_status || ':' || reason, ' '"
					+ " ORDER BY occurred_on) FROM site_status_event WHERE site_id = ? AND synthetic")
				.param(imported.get(0).id()).query(String.class).single())
				.isEqualTo("->operating:registered operating>suspended:sealed");
			status.setRollbackOnly();
		});
	}

	@Test
	void aHistoryMustRunFromTheRegistrationToTheSitesStatus() {
		transaction.executeWithoutResult(status -> {
			assertThatThrownBy(() -> imports.load(List.of(site("closed")), List.of(
					new HistoricalStatus(0, LocalDate.of(2024, 3, 1), null, "operating", "registered", null, null)),
					"import-test", true)).hasMessageContaining("does not end at its status closed");
			assertThatThrownBy(() -> imports.load(List.of(site("operating")), List.of(
					new HistoricalStatus(0, LocalDate.of(2024, 3, 1), null, "operating", "registered", null, null),
					new HistoricalStatus(0, LocalDate.of(2024, 4, 1), "operating", "operating", "again", null, null)),
					"import-test", true)).isInstanceOf(ApiProblem.class);
			status.setRollbackOnly();
		});
	}

	@Test
	void codesAreCheckedAsOnRegistration() {
		transaction.executeWithoutResult(status -> {
			HistoricalSite site = site("operating");
			HistoricalSite badKind = new HistoricalSite(null, "factory", site.trade(), site.name(), null, null,
					site.status(), null, null, null, site.geometry(), null, null, null, true);
			assertThatThrownBy(() -> imports.load(List.of(badKind), List.of(), "import-test", true))
				.isInstanceOf(ApiProblem.class);
			status.setRollbackOnly();
		});
	}

	private HistoricalSite site(String status) {
		try {
			Geometry point = new WKTReader().read(pointWkt());
			return new HistoricalSite(null, "household_workshop", "paper_recycling", "Xưởng nhập thử", null, null,
					status, null, null, null, point, "test", null, null, true);
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private String pointWkt() {
		return jdbc.sql("SELECT ST_AsText(ST_PointOnSurface(geom)) FROM admin_unit WHERE level = 'commune'"
				+ " AND valid_to IS NULL ORDER BY code LIMIT 1").query(String.class).single();
	}
}
