package vn.diemnong.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.diemnong.common.Messages;
import vn.diemnong.common.Scope;

/** An inspection with its samples and violations as JSON written by PostgreSQL. */
@Component
class InspectionQueries {

	private final JdbcClient jdbc;
	private final Clock clock;

	InspectionQueries(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** An inspection with its violations; empty when there is none, or its site is outside the caller's communes. */
	Optional<String> one(long id) {
		Map<String, Object> params = new HashMap<>();
		String scope = Scope.andCondition("s.commune_code", params);
		return jdbc.sql("""
				SELECT (%s || jsonb_build_object('violations', coalesce((SELECT jsonb_agg(%s ORDER BY v.id)
				          FROM violation v WHERE v.inspection_id = i.id), '[]'::jsonb)))::text
				FROM inspection i JOIN site_current s ON s.id = i.site_id
				WHERE i.id = :id %s"""
			.formatted(InspectionJson.INSPECTION, InspectionJson.VIOLATION, scope))
			.params(params)
			.param("id", id)
			.param("lang", Messages.current().getLanguage())
			.param("today", LocalDate.now(clock))
			.query(String.class)
			.optional();
	}
}
