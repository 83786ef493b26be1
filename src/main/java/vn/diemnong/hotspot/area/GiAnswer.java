package vn.diemnong.hotspot.area;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;
import vn.diemnong.hotspot.stats.GiClass;
import vn.diemnong.hotspot.stats.GiStarResult;

/**
 * Writes a Gi* result as a GeoJSON FeatureCollection of every cell, with the analysis stated at the top so that
 * anyone can recompute each z from the answer alone: the cells' UTM centres, values, the band, the CRS.
 */
final class GiAnswer {

	private GiAnswer() {
	}

	static String write(JsonMapper json, HexGrid grid, Analysis analysis, double band, double[] values,
			GiStarResult result, GiClass[] classes) {
		Map<String, Object> head = new LinkedHashMap<>();
		head.put("type", "FeatureCollection");
		head.put("cellSize", grid.edge());
		head.put("crs", HexGrid.CRS);
		head.put("distanceBand", band);
		head.put("neighbourhood", "fixed distance band between cell centres, binary weights, the cell itself included"
				+ " (Gi*); 'neighbours' counts the cells in the window, itself included");
		head.put("fdr", analysis.fdr());
		head.put("from", analysis.from().toString());
		head.put("to", analysis.to().toString());
		head.put("value", analysis.value().code());
		head.put("numberMatched", grid.size());
		head.put("numberReturned", grid.size());
		String text = json.writeValueAsString(head);
		StringBuilder out = new StringBuilder(text.length() + grid.size() * 420);
		out.append(text, 0, text.length() - 1).append(",\"features\":[");
		for (int k = 0; k < grid.size(); k++) {
			if (k > 0) {
				out.append(',');
			}
			feature(out, grid, k, values[k], result, classes[k]);
		}
		return out.append("]}").toString();
	}

	private static void feature(StringBuilder out, HexGrid grid, int k, double value, GiStarResult result,
			GiClass giClass) {
		out.append("{\"type\":\"Feature\",\"id\":\"").append(grid.cell(k).i()).append('_').append(grid.cell(k).j())
			.append("\",\"geometry\":").append(grid.geometry(k))
			.append(",\"properties\":{\"i\":").append(grid.cell(k).i())
			.append(",\"j\":").append(grid.cell(k).j())
			.append(",\"x\":").append(grid.x(k))
			.append(",\"y\":").append(grid.y(k))
			.append(",\"commune\":").append(grid.commune(k) == null ? "null" : "\"" + grid.commune(k) + "\"")
			.append(",\"value\":").append(value)
			.append(",\"z\":").append(result.z(k))
			.append(",\"p\":").append(result.p(k))
			.append(",\"class\":\"").append(code(giClass))
			.append("\",\"neighbours\":").append(result.neighbourCount(k))
			.append("}}");
	}

	/** {@code hot99}, {@code none}, {@code cold90} … */
	static String code(GiClass giClass) {
		return giClass.name().toLowerCase(java.util.Locale.ROOT).replace("_", "");
	}
}
