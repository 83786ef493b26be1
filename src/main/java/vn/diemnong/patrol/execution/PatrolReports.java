package vn.diemnong.patrol.execution;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.diemnong.site.SiteRanking;

/** Effort and coverage, as the police report them, within the caller's communes. */
@Service
class PatrolReports {

	private final PatrolQueries queries;
	private final SiteRanking risk;
	private final PatrolSettings settings;
	private final Clock clock;

	PatrolReports(PatrolQueries queries, SiteRanking risk, PatrolSettings settings, Clock clock) {
		this.queries = queries;
		this.risk = risk;
		this.settings = settings;
		this.clock = clock;
	}

	/** Effort of one month's finished patrols (every month when null), per team, commune and month, with totals. */
	@Transactional(readOnly = true)
	Effort effort(@Nullable YearMonth month, @Nullable String commune) {
		LocalDate from = month == null ? LocalDate.of(1990, 1, 1) : month.atDay(1);
		LocalDate to = month == null ? LocalDate.of(9999, 12, 31) : month.atEndOfMonth();
		List<PatrolQueries.EffortRow> rows = queries.effort(from, to, commune);
		return new Effort(month == null ? null : month.toString(), commune, rows, Effort.Totals.of(rows));
	}

	/** Coverage today (province time) of the high-risk sites, with the threshold and window configured. */
	@Transactional(readOnly = true)
	Coverage coverage(@Nullable String commune) {
		return Coverage.of(queries.coverageSites(risk.scores(), commune), settings.highRisk(),
				settings.visitWindowDays(), LocalDate.now(clock));
	}

	/** @param month null for every month */
	record Effort(@Nullable String month, @Nullable String commune, List<PatrolQueries.EffortRow> rows, Totals totals) {

		record Totals(long patrols, double hours, double km, long sitesVisited) {

			static Totals of(List<PatrolQueries.EffortRow> rows) {
				return new Totals(rows.stream().mapToLong(PatrolQueries.EffortRow::patrols).sum(),
						Math.round(rows.stream().mapToDouble(PatrolQueries.EffortRow::hours).sum() * 100) / 100.0,
						Math.round(rows.stream().mapToDouble(PatrolQueries.EffortRow::km).sum() * 1000) / 1000.0,
						rows.stream().mapToLong(PatrolQueries.EffortRow::sitesVisited).sum());
			}
		}
	}
}
