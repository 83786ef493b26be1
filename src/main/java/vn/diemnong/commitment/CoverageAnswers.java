package vn.diemnong.commitment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import vn.diemnong.common.Messages;
import vn.diemnong.common.TableExport;
import vn.diemnong.common.UiWords;

/** Coverage as the answers give it: a commune's object, the communes as GeoJSON, the table to download. */
@Component
class CoverageAnswers {

	/** The directive's target: every site that must sign has signed. */
	static final double TARGET = 1.0;

	private static final List<String> COLUMNS = List.of("code", "name", "needed", "covered", "expired", "broken",
			"unsigned", "share");

	private final JsonMapper json;
	private final UiWords words;

	CoverageAnswers(JsonMapper json, UiWords words) {
		this.json = json;
		this.words = words;
	}

	String commune(CommitmentQueries.Coverage coverage, String sitesJson, LocalDate today) {
		Map<String, Object> body = properties(coverage);
		body.put("today", today.toString());
		body.put("sites", json.readTree(sitesJson));
		return json.writeValueAsString(body);
	}

	String collection(List<CommitmentQueries.Coverage> rows, LocalDate today) {
		List<Object> features = new ArrayList<>();
		for (CommitmentQueries.Coverage row : rows) {
			Map<String, Object> feature = new LinkedHashMap<>();
			feature.put("type", "Feature");
			feature.put("id", row.code());
			feature.put("geometry", json.readTree(row.geometry()));
			feature.put("properties", properties(row));
			features.add(feature);
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "FeatureCollection");
		body.put("today", today.toString());
		body.put("target", TARGET);
		body.put("features", features);
		return json.writeValueAsString(body);
	}

	TableExport.Table table(List<CommitmentQueries.Coverage> rows, LocalDate today) {
		Locale locale = Messages.current();
		List<List<@Nullable Object>> cells = new ArrayList<>();
		for (CommitmentQueries.Coverage row : rows) {
			cells.add(Arrays.asList(row.code(), row.name(), row.needed(), row.covered(), row.expired(), row.broken(),
					row.unsigned(), row.share()));
		}
		List<String> headers = COLUMNS.stream().map(c -> words.get(locale, "commitment.column." + c)).toList();
		return new TableExport.Table(words.get(locale, "commitment.file") + "-" + today, headers, cells);
	}

	private static Map<String, Object> properties(CommitmentQueries.Coverage row) {
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("code", row.code());
		p.put("name", row.name());
		p.put("needed", row.needed());
		p.put("covered", row.covered());
		p.put("expired", row.expired());
		p.put("broken", row.broken());
		p.put("unsigned", row.unsigned());
		p.put("share", row.share());
		p.put("target", TARGET);
		return p;
	}
}
