package vn.diemnong.common;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.Resource;

/** Reads a UTF-8 CSV with a header row. */
public final class Csv {

	private Csv() {
	}

	public static List<CSVRecord> read(Resource resource) {
		try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get()
				.parse(reader).getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + resource.getDescription(), ex);
		}
	}

	/** The value of a column, or null when empty. */
	public static String optional(CSVRecord row, String column) {
		String value = row.isMapped(column) ? row.get(column) : "";
		return value == null || value.isBlank() ? null : value;
	}
}
