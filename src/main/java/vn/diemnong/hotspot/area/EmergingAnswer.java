package vn.diemnong.hotspot.area;

import static vn.diemnong.hotspot.area.AnswerJson.name;
import static vn.diemnong.hotspot.area.AnswerJson.startCellFeature;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import vn.diemnong.hotspot.stats.EmergingCategory;
import vn.diemnong.hotspot.stats.EmergingResult;
import vn.diemnong.hotspot.stats.GiStarResult;

/**
 * Writes the emerging hot spot analysis: per cell its category, the trend of its z series, and the series. A trend
 * that is not a number is written as 0, as each z is rounded to four decimals (which makes NaN 0).
 */
final class EmergingAnswer {

	private static final SerializableString COMMUNE = name("commune"), CATEGORY = name("category"),
			TREND_Z = name("trendZ"), TREND_P = name("trendP"), Z = name("z");
	private static final SerializableString[] CATEGORIES = Arrays.stream(EmergingCategory.values())
		.map(c -> name(c.name().toLowerCase(Locale.ROOT)))
		.toArray(SerializableString[]::new);

	private EmergingAnswer() {
	}

	static byte[] write(HexGrid grid, Analysis analysis, double band, List<GiStarResult> slices,
			EmergingResult[] categories) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(1024 + grid.size() * (330 + slices.size() * 9));
		try (JsonGenerator gen = AnswerJson.generator(out)) {
			gen.writeStartObject();
			gen.writeStringProperty("type", "FeatureCollection");
			AnswerJson.number(gen, name("cellSize"), grid.edge());
			gen.writeStringProperty("crs", HexGrid.CRS);
			AnswerJson.number(gen, name("distanceBand"), band);
			gen.writeBooleanProperty("fdr", analysis.fdr());
			gen.writeStringProperty("from", analysis.from().toString());
			gen.writeStringProperty("to", analysis.to().toString());
			gen.writeStringProperty("value", analysis.value().code());
			gen.writeStringProperty("timeStep", "month");
			gen.writeArrayPropertyStart("months");
			for (String month : AreaHotspots.monthLabels(analysis.from(), slices.size())) {
				gen.writeString(month);
			}
			gen.writeEndArray();
			gen.writeNumberProperty("numberMatched", grid.size());
			gen.writeNumberProperty("numberReturned", grid.size());
			gen.writeArrayPropertyStart("features");
			GiStarResult[] series = slices.toArray(GiStarResult[]::new);
			char[] digits = new char[24];
			for (int k = 0; k < grid.size(); k++) {
				feature(gen, grid, k, series, categories[k], digits);
			}
			gen.writeEndArray();
			gen.writeEndObject();
		}
		return out.toByteArray();
	}

	private static void feature(JsonGenerator gen, HexGrid grid, int k, GiStarResult[] series,
			EmergingResult category, char[] digits) {
		startCellFeature(gen, grid, k);
		gen.writeName(COMMUNE);
		gen.writeString(grid.commune(k));
		gen.writeName(CATEGORY);
		gen.writeString(CATEGORIES[category.category().ordinal()]);
		gen.writeName(TREND_Z);
		gen.writeNumber(finite(category.trend().z()));
		gen.writeName(TREND_P);
		gen.writeNumber(finite(category.trend().p()));
		gen.writeName(Z);
		gen.writeStartArray();
		for (GiStarResult slice : series) {
			// Math.round maps NaN to 0 and clamps the infinities, so the number is finite
			AnswerJson.fourDecimals(gen, Math.round(slice.z(k) * 1e4), digits);
		}
		gen.writeEndArray();
		gen.writeEndObject();
		gen.writeEndObject();
	}

	private static double finite(double value) {
		return Double.isFinite(value) ? value : 0;
	}
}
