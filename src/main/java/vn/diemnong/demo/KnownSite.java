package vn.diemnong.demo;

import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;

import vn.diemnong.common.Csv;

/**
 * A row of {@code data/sites/*-known-sites.csv}: a publicly documented craft village, cluster or zone. Coordinates
 * are commune-level approximations; {@code precision} says how rough, and travels with the site. Precision and note
 * are in English, {@code precisionVi} and {@code noteVi} in Vietnamese.
 */
record KnownSite(String name, String kind, String trade, @Nullable String oldCommuneCode, @Nullable Double lon,
		@Nullable Double lat, String precision, String precisionVi, @Nullable String note, @Nullable String noteVi,
		@Nullable String source) {

	static List<KnownSite> read(Resource csv) {
		return Csv.read(csv).stream().map(KnownSite::of).toList();
	}

	boolean located() {
		return lon != null && lat != null;
	}

	private static KnownSite of(CSVRecord row) {
		return new KnownSite(row.get("name"), row.get("kind"), row.get("trade"), Csv.optional(row, "old_commune_code"),
				number(Csv.optional(row, "lon")), number(Csv.optional(row, "lat")), row.get("precision"),
				row.get("precision_vi"), Csv.optional(row, "note"), Csv.optional(row, "note_vi"),
				Csv.optional(row, "source"));
	}

	private static @Nullable Double number(@Nullable String text) {
		return text == null ? null : Double.valueOf(text);
	}
}
