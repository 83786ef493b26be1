package vn.diemnong.regulation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Looks up the QCVN limit in force for a medium, parameter and date. */
@Service
public class RegulationLimits {

	private final JdbcClient jdbc;

	RegulationLimits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param column 'A' or 'B' (B for discharges into water not used for domestic supply, the usual case)
	 * @return the limit of the regulation version in force on {@code date}, if the parameter has one
	 */
	public Optional<Limit> applicable(String medium, String parameter, LocalDate date, char column) {
		return jdbc.sql("""
				SELECT id, regulation, medium, parameter, name_vi, name_en, unit,
				       CASE WHEN :column = 'A' THEN coalesce(lower(range_a), NULL) ELSE lower(range_b) END AS min,
				       CASE WHEN :column = 'A' THEN coalesce(limit_a, upper(range_a)) ELSE coalesce(limit_b, upper(range_b))
				       END AS max,
				       verification
				FROM regulation_limit
				WHERE medium = :medium AND parameter = :parameter AND valid_from <= :date
				  AND (valid_to IS NULL OR valid_to >= :date)
				ORDER BY valid_from DESC LIMIT 1""")
			.param("column", String.valueOf(column))
			.param("medium", medium)
			.param("parameter", parameter)
			.param("date", date)
			.query((rs, n) -> new Limit(rs.getLong("id"), rs.getString("regulation"), rs.getString("medium"),
					rs.getString("parameter"), rs.getString("name_vi"), rs.getString("name_en"), rs.getString("unit"),
					column, rs.getBigDecimal("min"), rs.getBigDecimal("max"), rs.getString("verification")))
			.optional();
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
