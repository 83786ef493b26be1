package vn.diemnong.common;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/** A bounding box in WGS84: {@code minLon,minLat,maxLon,maxLat}, as OGC API Features writes it. */
public record Bbox(double minLon, double minLat, double maxLon, double maxLat) {

	/**
	 * Four plain decimal numbers (no NaN, Infinity, hexadecimal or type suffix, which {@link Double#parseDouble}
	 * would take), longitudes within ±180 and latitudes within ±90, each minimum no greater than its maximum.
	 */
	public static @Nullable Bbox parse(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String[] parts = text.split(",", -1);
		if (parts.length != 4) {
			throw ApiProblem.invalid("bbox", "bbox-format");
		}
		Bbox box = new Bbox(number(parts[0]), number(parts[1]), number(parts[2]), number(parts[3]));
		if (!(Math.abs(box.minLon) <= 180 && Math.abs(box.maxLon) <= 180 && Math.abs(box.minLat) <= 90
				&& Math.abs(box.maxLat) <= 90 && box.minLon <= box.maxLon && box.minLat <= box.maxLat)) {
			throw ApiProblem.invalid("bbox", "bbox-range");
		}
		return box;
	}

	private static double number(String text) {
		try {
			return new BigDecimal(text.trim()).doubleValue();
		}
		catch (NumberFormatException ex) {
			throw ApiProblem.invalid("bbox", "bbox-format");
		}
	}
}
