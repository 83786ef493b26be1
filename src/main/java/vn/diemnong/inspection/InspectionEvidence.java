package vn.diemnong.inspection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.diemnong.common.ApiProblem;
import vn.diemnong.common.Scope;
import vn.diemnong.inspection.NewInspection.Citation;

/**
 * The evidence an inspection and its violations cite: field observations (read from the observation module's view
 * {@code observation_fact}) and their photos by hash. An observation may be cited when it is of the inspected site, or
 * of a member of the inspected craft village or cluster (the members' workshops are where a village's violations are
 * seen), and its site is in the caller's communes; a photo, when it is one of that observation's.
 */
@Component
class InspectionEvidence {

	private final JdbcClient jdbc;

	InspectionEvidence(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record Cited(long siteId, @Nullable Long parentId, String communeCode, List<String> photos) {
	}

	/** Every citation of the request checked at once; one 400 naming each citation that fails, in order. */
	void check(long siteId, NewInspection request) {
		Map<String, List<Citation>> byField = new java.util.LinkedHashMap<>();
		byField.put("evidence", request.evidenceOrEmpty());
		List<NewInspection.NewViolation> violations = request.violationsOrEmpty();
		for (int i = 0; i < violations.size(); i++) {
			byField.put("violations[" + i + "].evidence", violations.get(i).evidenceOrEmpty());
		}
		List<Long> ids = byField.values().stream().flatMap(List::stream).map(Citation::observationId).distinct().toList();
		if (ids.isEmpty()) {
			return;
		}
		Map<Long, Cited> cited = new HashMap<>();
		jdbc.sql("""
				SELECT o.id, o.site_id, s.parent_id, s.commune_code, o.photos
				FROM observation_fact o JOIN site_current s ON s.id = o.site_id
				WHERE o.id = ANY (:ids)""")
			.param("ids", ids.toArray(Long[]::new))
			.query(rs -> {
				cited.put(rs.getLong("id"), new Cited(rs.getLong("site_id"), rs.getObject("parent_id", Long.class),
						rs.getString("commune_code"), List.of((String[]) rs.getArray("photos").getArray())));
			});
		List<ApiProblem.FieldProblem> problems = new ArrayList<>();
		byField.forEach((field, citations) -> {
			Set<String> seen = new HashSet<>();
			for (int i = 0; i < citations.size(); i++) {
				Citation citation = citations.get(i);
				String at = field + "[" + i + "]";
				Cited observation = cited.get(citation.observationId());
				if (observation == null || !Scope.covers(observation.communeCode())) {
					problems.add(new ApiProblem.FieldProblem(at + ".observationId", "inspection.evidence.unknown-observation",
							String.valueOf(citation.observationId())));
				}
				else if (observation.siteId() != siteId && !Long.valueOf(siteId).equals(observation.parentId())) {
					problems.add(new ApiProblem.FieldProblem(at + ".observationId", "inspection.evidence.other-site",
							String.valueOf(citation.observationId()), String.valueOf(observation.siteId()),
							String.valueOf(siteId)));
				}
				else if (citation.photoSha256() != null && !observation.photos().contains(citation.photoSha256())) {
					problems.add(new ApiProblem.FieldProblem(at + ".photoSha256", "inspection.evidence.photo-not-of-observation",
							citation.photoSha256(), String.valueOf(citation.observationId())));
				}
				else if (!seen.add(citation.observationId() + "/" + citation.photoSha256())) {
					problems.add(new ApiProblem.FieldProblem(at, "inspection.evidence.repeated"));
				}
			}
		});
		if (!problems.isEmpty()) {
			throw ApiProblem.invalid(problems);
		}
	}

	/** The saved inspection's citations, its own and its violations' (in the order the request gave them). */
	void store(Inspection saved, NewInspection request, String citedBy) {
		long id = java.util.Objects.requireNonNull(saved.getId());
		store(id, null, request.evidenceOrEmpty(), citedBy);
		List<NewInspection.NewViolation> violations = request.violationsOrEmpty();
		for (int i = 0; i < violations.size(); i++) {
			store(id, saved.getViolations().get(i).getId(), violations.get(i).evidenceOrEmpty(), citedBy);
		}
	}

	private void store(long inspectionId, @Nullable Long violationId, List<Citation> citations, String citedBy) {
		for (int i = 0; i < citations.size(); i++) {
			jdbc.sql("""
					INSERT INTO inspection_evidence (inspection_id, violation_id, position, observation_id, photo_sha256,
					                                 cited_by)
					VALUES (:inspection, :violation, :position, :observation, :sha, :by)""")
				.param("inspection", inspectionId).param("violation", violationId, java.sql.Types.BIGINT)
				.param("position", i).param("observation", citations.get(i).observationId())
				.param("sha", citations.get(i).photoSha256(), java.sql.Types.CHAR).param("by", citedBy)
				.update();
		}
	}

	/** Whether an inspection of a site in the caller's communes cites the photo. */
	boolean citesVisibly(String sha256) {
		Map<String, Object> params = new HashMap<>();
		String scope = Scope.andCondition("s.commune_code", params);
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM inspection_evidence e JOIN inspection i ON i.id = e.inspection_id
				               JOIN site_current s ON s.id = i.site_id
				               WHERE e.photo_sha256 = :sha %s)""".formatted(scope))
			.params(params).param("sha", sha256).query(Boolean.class).single();
	}
}
