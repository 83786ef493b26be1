package vn.diemnong.photo;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * The few EXIF fields kept from a photo before its copy is re-encoded without them: the GPS position, the time the
 * camera gave, and the orientation (applied to the copy, which carries no orientation tag). Reads the TIFF structure
 * of a JPEG's APP1 segment or a PNG's eXIf chunk; anything malformed is simply absent.
 */
record Exif(@Nullable Double lon, @Nullable Double lat, @Nullable String takenAt, int orientation) {

	static final Exif NONE = new Exif(null, null, null, 1);

	private static final int GPS_IFD = 0x8825;
	private static final int EXIF_IFD = 0x8769;
	private static final int ORIENTATION = 0x0112;
	private static final int DATE_TIME_ORIGINAL = 0x9003;

	static Exif of(byte[] file, boolean jpeg) {
		try {
			int tiff = jpeg ? jpegTiffStart(file) : pngTiffStart(file);
			return tiff < 0 ? NONE : parse(ByteBuffer.wrap(file, tiff, file.length - tiff).slice());
		}
		catch (RuntimeException malformed) {
			return NONE;
		}
	}

	/** The offset of the TIFF header in the first "Exif" APP1 segment, -1 when there is none before the image data. */
	private static int jpegTiffStart(byte[] b) {
		int i = 2;
		while (i + 4 <= b.length && (b[i] & 0xFF) == 0xFF) {
			int marker = b[i + 1] & 0xFF;
			if (marker == 0xDA || marker == 0xD9) {
				return -1;
			}
			int length = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
			if (marker == 0xE1 && length > 8 && i + 10 <= b.length
					&& new String(b, i + 4, 6, StandardCharsets.ISO_8859_1).equals("Exif\0\0")) {
				return i + 10;
			}
			i += 2 + length;
		}
		return -1;
	}

	private static int pngTiffStart(byte[] b) {
		int i = 8;
		while (i + 8 <= b.length) {
			int length = ByteBuffer.wrap(b, i, 4).getInt();
			String type = new String(b, i + 4, 4, StandardCharsets.ISO_8859_1);
			if (type.equals("eXIf")) {
				return i + 8;
			}
			if (type.equals("IDAT") || length < 0) {
				return -1;
			}
			i += 12 + length;
		}
		return -1;
	}

	private static Exif parse(ByteBuffer tiff) {
		tiff.order(tiff.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
		if (tiff.getShort(2) != 42) {
			return NONE;
		}
		int ifd0 = tiff.getInt(4);
		Integer orientation = (Integer) value(tiff, ifd0, ORIENTATION);
		Integer gps = (Integer) value(tiff, ifd0, GPS_IFD);
		Integer exif = (Integer) value(tiff, ifd0, EXIF_IFD);
		String takenAt = exif == null ? null : (String) value(tiff, exif, DATE_TIME_ORIGINAL);
		Double lat = null;
		Double lon = null;
		if (gps != null) {
			lat = degrees(value(tiff, gps, 2), value(tiff, gps, 1), "S");
			lon = degrees(value(tiff, gps, 4), value(tiff, gps, 3), "W");
			if (lat == null || lon == null || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
				lat = null;
				lon = null;
			}
		}
		return new Exif(lon, lat, takenAt, orientation == null ? 1 : orientation);
	}

	private static @Nullable Double degrees(@Nullable Object dms, @Nullable Object ref, String negative) {
		if (!(dms instanceof double[] parts) || parts.length < 3 || !(ref instanceof String r)) {
			return null;
		}
		double value = parts[0] + parts[1] / 60 + parts[2] / 3600;
		return r.startsWith(negative) ? -value : value;
	}

	/** The value of a tag in the IFD at {@code ifd}: Integer (SHORT, LONG), String (ASCII), double[] (RATIONAL). */
	private static @Nullable Object value(ByteBuffer tiff, int ifd, int wanted) {
		int count = tiff.getShort(ifd) & 0xFFFF;
		for (int e = 0; e < count; e++) {
			int entry = ifd + 2 + 12 * e;
			if ((tiff.getShort(entry) & 0xFFFF) != wanted) {
				continue;
			}
			int type = tiff.getShort(entry + 2) & 0xFFFF;
			int n = tiff.getInt(entry + 4);
			int size = switch (type) {
				case 2 -> 1;
				case 3 -> 2;
				case 4 -> 4;
				case 5 -> 8;
				default -> -1;
			};
			if (size < 0 || n <= 0 || n > 64) {
				return null;
			}
			int at = size * n <= 4 ? entry + 8 : tiff.getInt(entry + 8);
			return switch (type) {
				case 2 -> {
					byte[] text = new byte[n];
					tiff.get(at, text);
					yield new String(text, StandardCharsets.US_ASCII).replace("\0", "").strip();
				}
				case 3 -> tiff.getShort(at) & 0xFFFF;
				case 4 -> tiff.getInt(at);
				default -> {
					double[] rationals = new double[n];
					for (int k = 0; k < n; k++) {
						long num = tiff.getInt(at + 8 * k) & 0xFFFFFFFFL;
						long den = tiff.getInt(at + 8 * k + 4) & 0xFFFFFFFFL;
						rationals[k] = den == 0 ? 0 : (double) num / den;
					}
					yield rationals;
				}
			};
		}
		return null;
	}
}
