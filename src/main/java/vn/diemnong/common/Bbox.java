package vn.diemnong.common;

import org.jspecify.annotations.Nullable;

/** A bounding box in WGS84: {@code minLon,minLat,maxLon,maxLat}, as OGC API Features writes it. */
public record Bbox(double minLon, double minLat, double maxLon, double maxLat) {

	public static @Nullable Bbox parse(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String[] parts = text.split(",");
		if (parts.length != 4) {
			throw ApiProblem.invalid("bbox", "bbox-format");
		}
		try {
			Bbox box = new Bbox(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim()),
					Double.parseDouble(parts[2].trim()), Double.parseDouble(parts[3].trim()));
			if (box.minLon > box.maxLon || box.minLat > box.maxLat || Math.abs(box.minLon) > 180
					|| Math.abs(box.maxLon) > 180 || Math.abs(box.minLat) > 90 || Math.abs(box.maxLat) > 90) {
				throw ApiProblem.invalid("bbox", "bbox-format");
			}
			return box;
		}
		catch (NumberFormatException ex) {
			throw ApiProblem.invalid("bbox", "bbox-format");
		}
	}
}
