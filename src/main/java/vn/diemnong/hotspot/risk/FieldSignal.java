package vn.diemnong.hotspot.risk;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What other modules publish about a site that raises its risk, the one place for every such rule: the reason's code,
 * the kind of record behind it, its weights' keys and defaults, and the published view its records are read from.
 * Each record dated within the look-back window adds the signal's points; a signal's records together give at most
 * its cap. A weights file from before a signal existed gives it its default weights.
 */
enum FieldSignal {

	/** An officer saw the site working again (V18 {@code observation_fact}). */
	OBSERVATION_RESTART("observation-restart", "observation", "observation.restart", 10, 20,
			"SELECT site_id, id, observed_on, ARRAY[]::text[] FROM observation_fact WHERE restart_seen"),
	/** An officer saw scrap stockpiled at the site. */
	OBSERVATION_STOCKPILE("observation-stockpile", "observation", "observation.stockpile", 5, 10,
			"SELECT site_id, id, observed_on, ARRAY[]::text[] FROM observation_fact WHERE stockpile_seen"),
	/** A signed commitment seen broken while in force (V19 {@code broken_commitment}); facts: signed on, evidence. */
	BROKEN_COMMITMENT("broken-commitment", "commitment", "broken-commitment", 30, 30, """
			SELECT site_id, commitment_id, broken_on, ARRAY[signed_on::text, evidence_type, evidence_id::text]
			FROM broken_commitment"""),
	/** A citizen's tip verified at the site (V20 {@code tip_fact}), dated by the day it was received. */
	VERIFIED_TIP("tip", "tip", "tip.verified", 6, 12,
			"SELECT site_id, id, received_on, ARRAY[]::text[] FROM tip_fact WHERE verified");

	final String code;
	final String recordType;
	/** The weights' keys: {@code <key>.points} and {@code <key>.cap}. */
	final String key;
	final double defaultPoints;
	final double defaultCap;
	/** Site id, record id, day and facts of every record of the signal. */
	private final String records;

	FieldSignal(String code, String recordType, String key, double defaultPoints, double defaultCap, String records) {
		this.code = code;
		this.recordType = recordType;
		this.key = key;
		this.defaultPoints = defaultPoints;
		this.defaultCap = defaultCap;
		this.records = records;
	}

	static FieldSignal of(String code) {
		return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst().orElseThrow();
	}

	/** Every signal's records as rows (site_id, code, record_id, day, facts). */
	static String allRecords() {
		return Arrays.stream(values())
			.map(s -> "SELECT r.*, '%s' AS code FROM (%s) AS r (site_id, record_id, day, facts)".formatted(s.code,
					s.records))
			.collect(Collectors.joining("\nUNION ALL\n"));
	}

	/** A signal's weights: points per record, at most {@code cap} from all of them. */
	record Weight(double points, double cap) {
	}
}
