package vn.diemnong;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.diemnong.geo.AdminUnits;
import vn.diemnong.site.SiteKind;

/**
 * The rules the modules publish in SQL (V14) where Java states them too: both must say the same. The other rules
 * (published, overdue) live in SQL only.
 */
@IntegrationTest
class ModuleViewsIT {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Test
	void theReformDateIsTheSameDayInJavaAndSql() {
		assertThat(jdbc.sql("SELECT commune_reform_date()").query(LocalDate.class).single()).isEqualTo(AdminUnits.REFORM);
	}

	@Test
	void compoundKindsAreTheSameInJavaAndSql() {
		for (SiteKind kind : SiteKind.values()) {
			assertThat(jdbc.sql("SELECT site_kind_compound(?)").param(kind.code()).query(Boolean.class).single())
				.as(kind.code()).isEqualTo(kind.isCompound());
		}
		assertThat(jdbc.sql("SELECT count(*) FROM site_current WHERE compound <> site_kind_compound(kind)")
			.query(Long.class).single()).isZero();
	}

	@Test
	void aViolationIsOverdueOnlyWhileOpenOrRemediatingPastItsDeadline() {
		LocalDate today = LocalDate.of(2026, 5, 10);
		assertThat(overdue(today.minusDays(1), "open", today)).isTrue();
		assertThat(overdue(today.minusDays(1), "remediating", today)).isTrue();
		assertThat(overdue(today, "open", today)).isFalse();
		assertThat(overdue(today.minusDays(1), "remediated", today)).isFalse();
		assertThat(overdue(today.minusDays(1), "closed", today)).isFalse();
		assertThat(overdue(null, "open", today)).isFalse();
	}

	@Test
	void theServiceMayReadThePublishedViewsButNotWriteThroughThem() {
		assertThat(jdbc.sql("SELECT count(*) FROM violation_fact WHERE published").query(Long.class).single())
			.isEqualTo(jdbc.sql("SELECT count(*) FROM violation WHERE status = 'closed' AND decided_on IS NOT NULL")
				.query(Long.class).single());
		assertThat(jdbc.sql("""
				SELECT count(*) FROM unnest(CAST(? AS text[])) AS v(name), unnest(ARRAY['INSERT', 'UPDATE', 'DELETE']) p(privilege)
				WHERE has_table_privilege(v.name, p.privilege)""")
			.param(ModuleSqlTest.VIEWS.keySet().toArray(String[]::new))
			.query(Long.class).single()).isZero();
	}

	/** Autovacuum analyzes with search_path = pg_catalog: admin_unit's index on search_key(name) must work there. */
	@Test
	void searchKeyWorksWithTheSearchPathAutovacuumUses() throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("SET search_path = pg_catalog");
			try (ResultSet key = statement.executeQuery("SELECT public.search_key('Phong Khê Đại Bái')")) {
				key.next();
				assertThat(key.getString(1)).isEqualTo("phong khe dai bai");
			}
			finally {
				statement.execute("RESET search_path");
			}
		}
	}

	private Boolean overdue(@Nullable LocalDate deadline, String status, LocalDate today) {
		return jdbc.sql("SELECT violation_overdue(?, ?, ?)").params(deadline, status, today).query(Boolean.class).single();
	}
}
