package vn.diemnong.hotspot.area;

import java.io.ByteArrayOutputStream;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;

/**
 * What the Gi* and emerging answers share: a UTF-8 generator writing bytes (not chars to be encoded again), doubles
 * by Schubfach (Java 17's {@code Double.toString} is several times slower), and non-finite numbers as null.
 */
final class AnswerJson {

	private static final JsonFactory FACTORY = JsonFactory.builder()
		.enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
		.build();

	private AnswerJson() {
	}

	/** A generator into {@code out}; sized for the whole answer, the buffer is copied once, at the end. */
	static JsonGenerator generator(ByteArrayOutputStream out) {
		return FACTORY.createGenerator(out);
	}

	private static final SerializableString TYPE = name("type"), ID = name("id"), GEOMETRY = name("geometry"),
			PROPERTIES = name("properties"), FEATURE = name("Feature");

	/** Opens cell {@code k}'s feature: its type, id and outline, then its properties object, left open. */
	static void startCellFeature(JsonGenerator gen, HexGrid grid, int k) {
		gen.writeStartObject();
		gen.writeName(TYPE);
		gen.writeString(FEATURE);
		gen.writeName(ID);
		gen.writeString(grid.id(k));
		gen.writeName(GEOMETRY);
		gen.writeRawValue(grid.geometryJson(k));
		gen.writeName(PROPERTIES);
		gen.writeStartObject();
	}

	/** A property name encoded once. */
	static SerializableString name(String name) {
		return new SerializedString(name);
	}

	/** A number, or null for NaN and the infinities, which JSON cannot hold. */
	static void number(JsonGenerator gen, SerializableString name, double value) {
		gen.writeName(name);
		if (Double.isFinite(value)) {
			gen.writeNumber(value);
		}
		else {
			gen.writeNull();
		}
	}

	/**
	 * {@code tenThousandths / 1e4} as {@code Double.toString} writes it ({@code 1.2346}, {@code -0.5}, {@code 2.0}),
	 * from the digits of the integer: a general shortest-decimal search costs several times more, and the emerging
	 * answer writes one such number per cell and month. Outside the plain range of {@code Double.toString} (below
	 * 0.001, from 10^7 on) the generator writes it. {@code buffer} holds at least 24 chars.
	 */
	static void fourDecimals(JsonGenerator gen, long tenThousandths, char[] buffer) {
		long magnitude = Math.abs(tenThousandths);
		// (Long.MIN_VALUE, from -Infinity, has no magnitude: negative, it goes there too)
		if (magnitude < 10 && magnitude != 0 || magnitude >= 100_000_000_000L) {
			gen.writeNumber(tenThousandths / 1e4);
			return;
		}
		int fraction = (int) (magnitude % 10_000);
		int decimals = 4;
		while (decimals > 1 && fraction % 10 == 0) {
			fraction /= 10;
			decimals--;
		}
		int end = buffer.length;
		int at = end;
		for (int d = 0; d < decimals; d++) {
			buffer[--at] = (char) ('0' + fraction % 10);
			fraction /= 10;
		}
		buffer[--at] = '.';
		long whole = magnitude / 10_000;
		do {
			buffer[--at] = (char) ('0' + whole % 10);
			whole /= 10;
		}
		while (whole > 0);
		if (tenThousandths < 0) {
			buffer[--at] = '-';
		}
		gen.writeNumber(buffer, at, end - at);
	}
}
