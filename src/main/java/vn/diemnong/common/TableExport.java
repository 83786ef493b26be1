package vn.diemnong.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A table for people to open in a spreadsheet: CSV in UTF-8 with a byte order mark (so Excel reads the diacritics),
 * or XLSX whose numbers are numbers and whose dates are dates. Any list of the API can answer with it.
 */
public final class TableExport {

	public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/** The file formats, asked for as {@code format=csv|xlsx} or by the Accept header. */
	public enum Format implements Coded {
		CSV, XLSX;

		public MediaType mediaType() {
			return this == CSV ? new MediaType("text", "csv", StandardCharsets.UTF_8) : MediaType.parseMediaType(XLSX_TYPE);
		}
	}

	/**
	 * @param name    the sheet's name and the file's name (without extension)
	 * @param headers the column headers, in the reader's language
	 * @param rows    the cells: String, Number, LocalDate, date-times, Boolean or null
	 */
	public record Table(String name, List<String> headers, List<List<@Nullable Object>> rows) {
	}

	private static final String DATE_FORMAT = "yyyy-mm-dd";
	private static final String DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm";

	private TableExport() {
	}

	/**
	 * The format a request asks for: its {@code format} parameter, else the Accept header when the type it prefers
	 * most is CSV or XLSX (a client that lists JSON first gets JSON); empty for the usual JSON answer. An unknown
	 * {@code format} is a 400 problem.
	 */
	public static Optional<Format> requested(@Nullable String format, @Nullable String accept) {
		if (format != null && !format.isBlank()) {
			return Optional.of(Coded.parse(Format.class, "format", format.strip().toLowerCase(Locale.ROOT)));
		}
		if (accept == null || accept.isBlank()) {
			return Optional.empty();
		}
		List<MediaType> types = new ArrayList<>(MediaType.parseMediaTypes(accept));
		// stable: among equal qualities the order of the header decides
		types.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
		MediaType preferred = types.get(0);
		return Arrays.stream(Format.values())
			.filter(f -> !preferred.isWildcardType() && !preferred.isWildcardSubtype()
					&& preferred.isCompatibleWith(f.mediaType()))
			.findFirst();
	}

	/** The table as a file to download, named {@code <name>.csv} or {@code <name>.xlsx}. */
	public static ResponseEntity<byte[]> answer(Table table, Format format) {
		byte[] body = format == Format.CSV ? csv(table) : xlsx(table);
		return ResponseEntity.ok()
			.contentType(format.mediaType())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(table.name() + "." + format.code(), StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

	static byte[] csv(Table table) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
				CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
			writer.write('\uFEFF');
			printer.printRecord(table.headers());
			for (List<@Nullable Object> row : table.rows()) {
				printer.printRecord(row.stream().map(TableExport::text).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** A cell as CSV text: numbers with a dot and no grouping, dates in ISO 8601. */
	private static String text(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		return value.toString();
	}

	static byte[] xlsx(Table table) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "Diem Nong", "1.0");
			Worksheet sheet = workbook.newWorksheet(sheetName(table.name()));
			for (int c = 0; c < table.headers().size(); c++) {
				sheet.value(0, c, table.headers().get(c));
				sheet.style(0, c).bold().set();
			}
			for (int r = 0; r < table.rows().size(); r++) {
				List<@Nullable Object> row = table.rows().get(r);
				for (int c = 0; c < row.size(); c++) {
					cell(sheet, r + 1, c, row.get(c));
				}
			}
			sheet.freezePane(0, 1);
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static void cell(Worksheet sheet, int r, int c, @Nullable Object value) {
		if (value == null) {
			return;
		}
		if (value instanceof Number number) {
			sheet.value(r, c, number);
		}
		else if (value instanceof Boolean bool) {
			sheet.value(r, c, bool);
		}
		else if (value instanceof LocalDate date) {
			sheet.value(r, c, date);
			sheet.style(r, c).format(DATE_FORMAT).set();
		}
		else if (value instanceof OffsetDateTime time) {
			sheet.value(r, c, time.toLocalDateTime());
			sheet.style(r, c).format(DATE_TIME_FORMAT).set();
		}
		else if (value instanceof LocalDateTime time) {
			sheet.value(r, c, time);
			sheet.style(r, c).format(DATE_TIME_FORMAT).set();
		}
		else {
			sheet.value(r, c, value.toString());
		}
	}

	/** Excel's rules for a sheet name: at most 31 characters, none of []:*?/\ */
	private static String sheetName(String name) {
		String clean = name.replaceAll("[\\[\\]:*?/\\\\]", " ");
		return clean.length() > 31 ? clean.substring(0, 31) : clean;
	}
}
