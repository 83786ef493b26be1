package vn.diemnong.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.diemnong.IntegrationTest;

/** Plans are stored as computed, read back the same, and never rewritten. */
@IntegrationTest
class PlanStoreIT {

	@Autowired
	PlanStore store;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aStoredPlanReadsBackWithItsStopsAndCannotBeRewritten() {
		long site = jdbc.sql("SELECT id FROM site_current ORDER BY id LIMIT 1").query(Long.class).single();
		PatrolPlan.Start start = new PatrolPlan.Start(106.06, 21.17, "Công an xã thử");
		PatrolPlan.Stop stop = new PatrolPlan.Stop(site, 1, "Xưởng tái chế nhôm Văn Môn", "09190", 106.07, 21.18,
				LocalTime.of(8, 12), 12, 2_000, 41.5,
				List.of(new PatrolPlan.Reason("violation", 30, LocalDate.of(2026, 3, 1))), List.of("smoke"));
		PlanDraft draft = new PlanDraft(LocalDate.of(2026, 12, 1),
				"POLYGON((106.0 21.1, 106.1 21.1, 106.1 21.2, 106.0 21.2, 106.0 21.1))", List.of("09190"), start,
				LocalTime.of(8, 0), 4, 25, 15, 1.4, 7, "test", 1, List.of(stop), 4_000, 24.6, 41.5, 83);
		long id = store.save(draft, "tester");

		PatrolPlan plan = store.find(id).orElseThrow();
		assertThat(plan.stops()).containsExactly(stop);
		assertThat(plan.start()).isEqualTo(start);
		assertThat(plan.communes()).containsExactly("09190");
		assertThat(plan.riskShare()).isEqualTo(0.5);
		assertThat(plan.legs()).hasSize(2);
		assertThat(plan.legs().get(1).meters()).isEqualTo(2_000);
		assertThat(store.communesOf(id)).contains(List.of("09190"));

		assertThatThrownBy(() -> jdbc.sql("UPDATE patrol_plan SET seed = 8 WHERE id = ?").param(id).update())
			.hasMessageContaining("patrol_plan");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM patrol_plan_stop WHERE plan_id = ?").param(id).update())
			.isNotNull();
	}
}
