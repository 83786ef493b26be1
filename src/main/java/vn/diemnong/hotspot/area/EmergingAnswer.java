package vn.diemnong.hotspot.area;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;
import vn.diemnong.hotspot.stats.EmergingResult;
import vn.diemnong.hotspot.stats.GiStarResult;

/** Writes the emerging hot spot analysis: per cell its category, the trend of its z series, and the series. */
final class EmergingAnswer {

	private EmergingAnswer() {
	}

	static String write(JsonMapper json, HexGrid grid, Analysis analysis, double band, List<GiStarResult> slices,
			EmergingResult[] categories) {
		Map<String, Object> head = new LinkedHashMap<>();
		head.put("type", "FeatureCollection");
		head.put("cellSize", grid.edge());
		head.put("crs", HexGrid.CRS);
		head.put("distanceBand", band);
		head.put("fdr", analysis.fdr());
		head.put("from", analysis.from().toString());
		head.put("to", analysis.to().toString());
		head.put("value", analysis.value().code());
		head.put("timeStep", "month");
		head.put("months", AreaHotspots.monthLabels(analysis.from(), slices.size()));
		head.put("numberMatched", grid.size());
		head.put("numberReturned", grid.size());
		String text = json.writeValueAsString(head);
		StringBuilder out = new StringBuilder(text.length() + grid.size() * (300 + slices.size() * 8));
		out.append(text, 0, text.length() - 1).append(",\"features\":[");
		for (int k = 0; k < grid.size(); k++) {
			out.append(k > 0 ? "," : "").append("{\"type\":\"Feature\",\"id\":\"").append(grid.cell(k).i()).append('_')
				.append(grid.cell(k).j()).append("\",\"geometry\":").append(grid.geometry(k))
				.append(",\"properties\":{\"commune\":")
				.append(grid.commune(k) == null ? "null" : "\"" + grid.commune(k) + "\"")
				.append(",\"category\":\"").append(categories[k].category().name().toLowerCase(Locale.ROOT))
				.append("\",\"trendZ\":").append(finite(categories[k].trend().z()))
				.append(",\"trendP\":").append(finite(categories[k].trend().p()))
				.append(",\"z\":[");
			for (int m = 0; m < slices.size(); m++) {
				out.append(m > 0 ? "," : "").append(Math.round(slices.get(m).z(k) * 1e4) / 1e4);
			}
			out.append("]}}");
		}
		return out.append("]}").toString();
	}

	private static double finite(double value) {
		return Double.isFinite(value) ? value : 0;
	}
}
