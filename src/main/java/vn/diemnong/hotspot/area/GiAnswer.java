package vn.diemnong.hotspot.area;

import static vn.diemnong.hotspot.area.AnswerJson.name;
import static vn.diemnong.hotspot.area.AnswerJson.number;
import static vn.diemnong.hotspot.area.AnswerJson.startCellFeature;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Locale;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import vn.diemnong.hotspot.stats.GiClass;
import vn.diemnong.hotspot.stats.GiStarResult;

/**
 * Writes a Gi* result as a GeoJSON FeatureCollection of every cell, with the analysis stated at the top so that
 * anyone can recompute each z from the answer alone: the cells' UTM centres, values, the band, the CRS. NaN and the
 * infinities are written as null.
 */
final class GiAnswer {

	private static final String NEIGHBOURHOOD = "fixed distance band between cell centres, binary weights, the cell"
			+ " itself included (Gi*); 'neighbours' counts the cells in the window, itself included";
	private static final SerializableString I = name("i"), J = name("j"), X = name("x"), Y = name("y"),
			COMMUNE = name("commune"), VALUE = name("value"), Z = name("z"), P = name("p"), CLASS = name("class"),
			NEIGHBOURS = name("neighbours");
	private static final SerializableString[] CLASSES = Arrays.stream(GiClass.values())
		.map(c -> name(code(c)))
		.toArray(SerializableString[]::new);

	private GiAnswer() {
	}

	static byte[] write(HexGrid grid, Analysis analysis, double band, double[] values, GiStarResult result,
			GiClass[] classes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(1024 + grid.size() * 440);
		try (JsonGenerator gen = AnswerJson.generator(out)) {
			gen.writeStartObject();
			gen.writeStringProperty("type", "FeatureCollection");
			number(gen, name("cellSize"), grid.edge());
			gen.writeStringProperty("crs", HexGrid.CRS);
			number(gen, name("distanceBand"), band);
			gen.writeStringProperty("neighbourhood", NEIGHBOURHOOD);
			gen.writeBooleanProperty("fdr", analysis.fdr());
			gen.writeStringProperty("from", analysis.from().toString());
			gen.writeStringProperty("to", analysis.to().toString());
			gen.writeStringProperty("value", analysis.value().code());
			gen.writeNumberProperty("numberMatched", grid.size());
			gen.writeNumberProperty("numberReturned", grid.size());
			gen.writeArrayPropertyStart("features");
			for (int k = 0; k < grid.size(); k++) {
				feature(gen, grid, k, values[k], result, classes[k]);
			}
			gen.writeEndArray();
			gen.writeEndObject();
		}
		return out.toByteArray();
	}

	private static void feature(JsonGenerator gen, HexGrid grid, int k, double value, GiStarResult result,
			GiClass giClass) {
		startCellFeature(gen, grid, k);
		gen.writeName(I);
		gen.writeNumber(grid.cell(k).i());
		gen.writeName(J);
		gen.writeNumber(grid.cell(k).j());
		number(gen, X, grid.x(k));
		number(gen, Y, grid.y(k));
		gen.writeName(COMMUNE);
		gen.writeString(grid.commune(k));
		number(gen, VALUE, value);
		number(gen, Z, result.z(k));
		number(gen, P, result.p(k));
		gen.writeName(CLASS);
		gen.writeString(CLASSES[giClass.ordinal()]);
		gen.writeName(NEIGHBOURS);
		gen.writeNumber(result.neighbourCount(k));
		gen.writeEndObject();
		gen.writeEndObject();
	}

	/** {@code hot99}, {@code none}, {@code cold90} … */
	static String code(GiClass giClass) {
		return giClass.name().toLowerCase(Locale.ROOT).replace("_", "");
	}
}
