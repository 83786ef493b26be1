package vn.diemnong.inspection;

/**
 * SQL expressions that write inspections and violations as JSON, shared by every read that shows them so that an
 * inspection looks the same in its own resource and in a history. They expect the aliases {@code i} (inspection),
 * {@code v} (violation), {@code s} (site) and the parameters {@code :lang} ('vi' | 'en') and {@code :today}; other
 * modules give them the views {@code inspection_fact}, {@code violation_fact} and {@code site_current} (V14).
 */
public final class InspectionJson {

	public static final String INSPECTION = """
			jsonb_build_object('type', 'inspection', 'date', i.inspected_on, 'id', i.id, 'siteId', s.id,
			  'siteName', s.name, 'kind', i.kind, 'team', to_jsonb(i.team), 'legalBasis', i.legal_basis,
			  'outcome', i.outcome, 'filedCommuneCode', i.filed_commune_code,
			  'filedCommuneName', CASE WHEN i.inspected_on < commune_reform_date()
			      THEN (SELECT p.name FROM commune_predecessor p WHERE p.code = i.filed_commune_code LIMIT 1)
			      ELSE (SELECT c.name FROM commune_current c WHERE c.code = i.filed_commune_code) END,
			  'synthetic', i.synthetic, 'recordedBy', i.recorded_by,
			  'samples', coalesce((SELECT jsonb_agg(jsonb_build_object('medium', sa.medium, 'parameter', sa.parameter,
			      'parameterName', CASE WHEN :lang = 'en' THEN rl.name_en ELSE rl.name_vi END,
			      'value', sa.value, 'unit', sa.unit, 'limit', sa.limit_value,
			      'limitRange', CASE WHEN sa.limit_range IS NULL THEN NULL
			                         ELSE jsonb_build_array(lower(sa.limit_range), upper(sa.limit_range)) END,
			      'regulation', sa.regulation, 'column', sa.regulation_column, 'verification', sa.limit_verification,
			      'exceedance', sa.exceedance) ORDER BY sa.id)
			    FROM sample sa LEFT JOIN regulation_limit_name rl ON rl.id = sa.regulation_limit_id
			    WHERE sa.inspection_id = i.id), '[]'::jsonb),
			  'evidence', """ + InspectionJson.EVIDENCE + "e.violation_id IS NULL), '[]'::jsonb))";

	public static final String VIOLATION = """
			jsonb_build_object('type', 'violation', 'date', i.inspected_on, 'id', v.id, 'inspectionId', i.id,
			  'siteId', s.id, 'siteName', s.name, 'category', v.category, 'severity', v.severity,
			  'legalReference', v.legal_reference, 'decisionNumber', v.decision_number, 'decidedOn', v.decided_on,
			  'issuingAuthority', v.issuing_authority, 'issuingAuthorityName', v.issuing_authority_name,
			  'fineVnd', v.fine_vnd, 'additionalSanctions', v.additional_sanctions,
			  'remedialMeasures', v.remedial_measures, 'remedialDeadline', v.remedial_deadline, 'status', v.status,
			  'overdue', """ + InspectionJson.OVERDUE + ", 'synthetic', v.synthetic, 'evidence', "
			+ InspectionJson.EVIDENCE + "e.violation_id = v.id), '[]'::jsonb))";

	/** A remedial deadline that has passed while the violation is still open or being remedied (V14). */
	public static final String OVERDUE = "violation_overdue(v.remedial_deadline, v.status, :today)";

	/**
	 * The observations and photos cited (V24), in the order given, with what the observation saw; the condition that
	 * follows picks the inspection's own citations or a violation's.
	 */
	private static final String EVIDENCE = """
			coalesce((SELECT jsonb_agg(jsonb_build_object('observationId', e.observation_id,
			      'photoSha256', e.photo_sha256::text, 'siteId', o.site_id, 'observedAt', o.observed_at,
			      'findings', to_jsonb(o.findings)) ORDER BY e.position)
			    FROM inspection_evidence e JOIN observation_fact o ON o.id = e.observation_id
			    WHERE e.inspection_id = i.id AND\s""";

	private InspectionJson() {
	}
}
