package vn.diemnong.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.diemnong.IntegrationTest;
import vn.diemnong.common.ApiProblem;
import vn.diemnong.inspection.InspectionImport.HistoricalInspection;
import vn.diemnong.inspection.InspectionImport.HistoricalSample;
import vn.diemnong.inspection.InspectionImport.HistoricalViolation;
import vn.diemnong.regulation.Limit;
import vn.diemnong.regulation.RegulationLimits;

/** Imported samples are judged as recorded ones are; each test rolls its rows back. */
@IntegrationTest
class InspectionImportIT {

	private static final LocalDate DAY = LocalDate.of(2024, 5, 10);

	@Autowired
	InspectionImport imports;

	@Autowired
	RegulationLimits limits;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void aSampleGetsTheLimitInForceOnItsDayAndItsExceedance() {
		Map<String, Object> row = jdbc.sql("SELECT parameter, unit FROM regulation_limit WHERE medium = 'wastewater'"
				+ " AND limit_b > 0 ORDER BY parameter LIMIT 1").query().singleRow();
		String parameter = (String) row.get("parameter");
		Limit limit = limits.applicable("wastewater", parameter, DAY, 'B').orElseThrow();
		transaction.executeWithoutResult(status -> {
			long id = imports.load(List.of(inspection(new HistoricalSample("wastewater", parameter,
					limit.max().multiply(new BigDecimal("2.5")), (String) row.get("unit"), null))), "import-test", true)
				.get(0);
			assertThat(jdbc.sql("SELECT regulation_limit_id, regulation_column, exceedance FROM sample"
					+ " WHERE inspection_id = ?").param(id).query().singleRow())
				.containsEntry("regulation_limit_id", limit.id())
				.containsEntry("regulation_column", "B")
				.containsEntry("exceedance", new BigDecimal("2.500"));
			assertThat(jdbc.sql("SELECT count(*) FROM violation WHERE inspection_id = ? AND synthetic")
				.param(id).query(Long.class).single()).isEqualTo(1);
			status.setRollbackOnly();
		});
	}

	@Test
	void aSampleInAnotherUnitIsRefused() {
		transaction.executeWithoutResult(status -> {
			assertThatThrownBy(() -> imports.load(List.of(inspection(
					new HistoricalSample("wastewater", "COD", BigDecimal.TEN, "furlongs", null))), "import-test", true))
				.isInstanceOf(ApiProblem.class);
			status.setRollbackOnly();
		});
	}

	private HistoricalInspection inspection(HistoricalSample sample) {
		long siteId = jdbc.sql("SELECT min(id) FROM site").query(Long.class).single();
		return new HistoricalInspection(siteId, DAY, "scheduled", List.of("environment"), null, "test", null,
				List.of(sample), List.of(new HistoricalViolation("wastewater_exceedance", 2, null, null, null, null,
						null, null, null, null)));
	}
}
