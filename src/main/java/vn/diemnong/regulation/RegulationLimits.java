package vn.diemnong.regulation;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Looks up the QCVN limit in force for a medium, parameter and date. */
@Service
public class RegulationLimits {

	private final JdbcClient jdbc;

	RegulationLimits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A limit wanted: the one of the regulation version in force on {@code date}, in {@code column}. */
	public record LimitQuery(String medium, String parameter, LocalDate date, char column) {
	}

	/**
	 * @param column 'A' or 'B' (B for discharges into water not used for domestic supply, the usual case)
	 * @return the limit of the regulation version in force on {@code date}, if the parameter has one
	 */
	public Optional<Limit> applicable(String medium, String parameter, LocalDate date, char column) {
		LimitQuery query = new LimitQuery(medium, parameter, date, column);
		return Optional.ofNullable(applicable(List.of(query)).get(query));
	}

	/** {@link #applicable(String, String, LocalDate, char)} for many samples in one query (imports); absent: none. */
	public Map<LimitQuery, Limit> applicable(Collection<LimitQuery> queries) {
		List<LimitQuery> wanted = List.copyOf(new LinkedHashSet<>(queries));
		Map<LimitQuery, Limit> found = new HashMap<>();
		jdbc.sql("""
				SELECT q.n, r.id, r.regulation, r.medium, r.parameter, r.name_vi, r.name_en, r.unit, r.min, r.max,
				       r.verification
				FROM unnest(CAST(? AS text[]), CAST(? AS text[]), CAST(? AS date[]), CAST(? AS text[]))
				     WITH ORDINALITY AS q (medium, parameter, on_date, col, n)
				CROSS JOIN LATERAL (
				    SELECT id, regulation, medium, parameter, name_vi, name_en, unit,
				           CASE WHEN q.col = 'A' THEN lower(range_a) ELSE lower(range_b) END AS min,
				           CASE WHEN q.col = 'A' THEN coalesce(limit_a, upper(range_a))
				                ELSE coalesce(limit_b, upper(range_b)) END AS max,
				           verification
				    FROM regulation_limit
				    WHERE medium = q.medium AND parameter = q.parameter AND valid_from <= q.on_date
				      AND (valid_to IS NULL OR valid_to >= q.on_date)
				    ORDER BY valid_from DESC LIMIT 1) r""")
			.params(wanted.stream().map(LimitQuery::medium).toArray(String[]::new),
					wanted.stream().map(LimitQuery::parameter).toArray(String[]::new),
					wanted.stream().map(q -> q.date().toString()).toArray(String[]::new),
					wanted.stream().map(q -> String.valueOf(q.column())).toArray(String[]::new))
			.query((ResultSet rs) -> {
				LimitQuery query = wanted.get(rs.getInt("n") - 1);
				found.put(query, new Limit(rs.getLong("id"), rs.getString("regulation"), rs.getString("medium"),
						rs.getString("parameter"), rs.getString("name_vi"), rs.getString("name_en"),
						rs.getString("unit"), query.column(), rs.getBigDecimal("min"), rs.getBigDecimal("max"),
						rs.getString("verification")));
			});
		return found;
	}

	/**
	 * Every limit in force on a date, in both columns, as {@link #applicable} would choose each one (the newest version
	 * in force): what a form shows while a sample is typed.
	 *
	 * @param medium only this medium's limits; null: all media
	 */
	public List<Limit> inForce(LocalDate date, @Nullable String medium) {
		return jdbc.sql("""
				SELECT DISTINCT ON (r.medium, r.parameter, c.col) r.id, r.regulation, r.medium, r.parameter, r.name_vi,
				       r.name_en, r.unit, c.col,
				       CASE WHEN c.col = 'A' THEN lower(r.range_a) ELSE lower(r.range_b) END AS min,
				       CASE WHEN c.col = 'A' THEN coalesce(r.limit_a, upper(r.range_a))
				            ELSE coalesce(r.limit_b, upper(r.range_b)) END AS max,
				       r.verification
				FROM regulation_limit r
				CROSS JOIN (VALUES ('A'), ('B')) AS c (col)
				WHERE r.valid_from <= :date AND (r.valid_to IS NULL OR r.valid_to >= :date)
				  AND (CAST(:medium AS text) IS NULL OR r.medium = :medium)
				ORDER BY r.medium, r.parameter, c.col, r.valid_from DESC""")
			.param("date", date)
			.param("medium", medium)
			.query((rs, row) -> new Limit(rs.getLong("id"), rs.getString("regulation"), rs.getString("medium"),
					rs.getString("parameter"), rs.getString("name_vi"), rs.getString("name_en"), rs.getString("unit"),
					rs.getString("col").charAt(0), rs.getBigDecimal("min"), rs.getBigDecimal("max"),
					rs.getString("verification")))
			.list();
	}

	/** The parameter codes any regulation version defines for a medium, for error messages. */
	public List<String> parameters(String medium) {
		return jdbc.sql("SELECT DISTINCT parameter FROM regulation_limit WHERE medium = ? ORDER BY parameter")
			.param(medium).query(String.class).list();
	}

	/** The unit of a parameter, if any regulation defines it. */
	public Optional<String> unit(String medium, String parameter) {
		return jdbc.sql("SELECT unit FROM regulation_limit WHERE medium = ? AND parameter = ? LIMIT 1")
			.params(medium, parameter).query(String.class).optional();
	}
}
