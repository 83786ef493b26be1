package vn.diemnong.patrol;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * A plan on one or more A4 pages, in Vietnamese: the heading, a map drawn from the geometries (commune outlines, the
 * legs, numbered stops, the start), the stop table with a check box per stop, and the signature lines. The font is a
 * TrueType font with every Vietnamese glyph, embedded (subset): Noto Sans or DejaVu Sans from the system.
 */
final class PlanPdf {

	/** Where Debian's fonts-noto-core and fonts-dejavu-core put them; the first present is used. */
	static final List<String[]> FONTS = List.of(
			new String[] { "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
					"/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf" },
			new String[] { "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
					"/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf" });

	private static final float MARGIN = 40;
	private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
	private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");
	private static final Color LEG = new Color(0xC0, 0x39, 0x2B);
	private static final Color OUTLINE = new Color(0x88, 0x88, 0x88);

	private final PDDocument document = new PDDocument();
	/** Closed after the document is saved: the subset is embedded then. */
	private final List<TrueTypeFont> fonts = new ArrayList<>();
	private final PDType0Font regular;
	private final PDType0Font bold;
	private final Function<String, String> words;
	private PDPageContentStream page;
	private float y;

	private PlanPdf(Function<String, String> words) throws IOException {
		this.words = words;
		String[] files = FONTS.stream().filter(f -> Files.isRegularFile(Path.of(f[0])) && Files.isRegularFile(Path.of(f[1])))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no font with the Vietnamese glyphs: install fonts-noto-core"));
		regular = load(files[0]);
		bold = load(files[1]);
	}

	/**
	 * Without the glyph substitutions (GSUB) PDFBox would otherwise apply to Latin text: its ligatures write "ff" in a
	 * site's code as the glyph U+FB00, and what a reader copies or searches from the plan is no longer the code. The
	 * text is written precomposed (NFC), which the font's character map covers without substitution.
	 */
	private PDType0Font load(String file) throws IOException {
		TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file));
		fonts.add(font);
		font.setEnableGsub(false);
		return PDType0Font.load(document, font, true);
	}

	/**
	 * @param outlines    the communes' outlines around the plan (WGS84)
	 * @param communeNames the plan's communes by name, for the heading
	 */
	static byte[] of(PatrolPlan plan, List<Geometry> outlines, String communeNames, Function<String, String> words) {
		try {
			PlanPdf pdf = new PlanPdf(words);
			try (PDDocument document = pdf.document) {
				pdf.write(plan, outlines, communeNames);
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				document.save(out);
				return out.toByteArray();
			}
			finally {
				for (TrueTypeFont font : pdf.fonts) {
					font.close();
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void write(PatrolPlan plan, List<Geometry> outlines, String communeNames) throws IOException {
		newPage();
		text(bold, 15, MARGIN, words.apply("police.pdf.title"));
		y -= 20;
		text(regular, 10, MARGIN, words.apply("police.pdf.number") + " " + plan.id() + "    "
				+ words.apply("police.pdf.date") + " " + plan.date().format(DAY) + "    "
				+ words.apply("police.pdf.startTime") + " " + plan.startTime().format(HOUR));
		y -= 14;
		for (String line : wrap(regular, 10, words.apply("police.pdf.area") + " " + communeNames, WIDTH)) {
			text(regular, 10, MARGIN, line);
			y -= 13;
		}
		String start = plan.start().label() != null ? plan.start().label()
				: String.format(Locale.ROOT, "%.5f, %.5f", plan.start().lat(), plan.start().lon());
		text(regular, 10, MARGIN, words.apply("police.pdf.start") + " " + start);
		y -= 13;
		text(regular, 10, MARGIN, String.format(Locale.ROOT, "%s %d · %s %.1f km · %s %.0f %s · %s %.1f (%.0f%%)",
				words.apply("police.pdf.stops"), plan.stops().size(), words.apply("police.pdf.distance"),
				plan.totalDistanceMeters() / 1000, words.apply("police.pdf.duration"), plan.totalMinutes(),
				words.apply("police.pdf.minutes"), words.apply("police.pdf.risk"), plan.riskCovered(),
				100 * plan.riskShare()));
		y -= 10;
		map(plan, outlines, 300);
		table(plan);
		signatures();
		page.close();
	}

	private void newPage() throws IOException {
		if (page != null) {
			page.close();
		}
		PDPage next = new PDPage(PDRectangle.A4);
		document.addPage(next);
		page = new PDPageContentStream(document, next);
		y = PDRectangle.A4.getHeight() - MARGIN - 12;
	}

	private void text(PDType0Font font, float size, float x, String text) throws IOException {
		page.beginText();
		page.setFont(font, size);
		page.newLineAtOffset(x, y);
		page.showText(composed(text));
		page.endText();
	}

	/** The map: the area's extent fitted into the box, longitude scaled by cos(latitude). */
	private void map(PatrolPlan plan, List<Geometry> outlines, float height) throws IOException {
		float bottom = y - height;
		page.setStrokingColor(Color.BLACK);
		page.setLineWidth(0.6f);
		page.addRect(MARGIN, bottom, WIDTH, height);
		page.stroke();
		Envelope extent = new Envelope(plan.start().lon(), plan.start().lon(), plan.start().lat(), plan.start().lat());
		plan.stops().forEach(s -> extent.expandToInclude(s.lon(), s.lat()));
		if (extent.getWidth() < 0.01 && extent.getHeight() < 0.01) {
			extent.expandBy(0.01);
		}
		extent.expandBy(Math.max(extent.getWidth(), extent.getHeight()) * 0.08);
		double k = Math.cos(Math.toRadians(extent.centre().y));
		double scale = Math.min((WIDTH - 10) / (extent.getWidth() * k), (height - 10) / extent.getHeight());
		double cx = MARGIN + WIDTH / 2.0;
		double cy = bottom + height / 2.0;
		Function<Coordinate, float[]> xy = c -> new float[] { (float) (cx + (c.x - extent.centre().x) * k * scale),
				(float) (cy + (c.y - extent.centre().y) * scale) };
		page.saveGraphicsState();
		page.addRect(MARGIN, bottom, WIDTH, height);
		page.clip();
		page.setStrokingColor(OUTLINE);
		page.setLineWidth(0.5f);
		for (Geometry outline : outlines) {
			for (int i = 0; i < outline.getNumGeometries(); i++) {
				if (outline.getGeometryN(i) instanceof Polygon polygon) {
					ring(polygon.getExteriorRing(), xy);
				}
			}
		}
		page.setStrokingColor(LEG);
		page.setLineWidth(1.4f);
		List<Coordinate> route = new ArrayList<>();
		route.add(new Coordinate(plan.start().lon(), plan.start().lat()));
		plan.stops().forEach(s -> route.add(new Coordinate(s.lon(), s.lat())));
		route.add(route.get(0));
		for (int i = 0; i < route.size(); i++) {
			float[] p = xy.apply(route.get(i));
			if (i == 0) {
				page.moveTo(p[0], p[1]);
			}
			else {
				page.lineTo(p[0], p[1]);
			}
		}
		page.stroke();
		float[] s = xy.apply(route.get(0));
		page.setNonStrokingColor(Color.BLACK);
		page.addRect(s[0] - 5, s[1] - 5, 10, 10);
		page.fill();
		for (PatrolPlan.Stop stop : plan.stops()) {
			float[] p = xy.apply(new Coordinate(stop.lon(), stop.lat()));
			circle(p[0], p[1], 7);
			page.setNonStrokingColor(Color.WHITE);
			page.fill();
			circle(p[0], p[1], 7);
			page.setStrokingColor(LEG);
			page.setLineWidth(1f);
			page.stroke();
			page.setNonStrokingColor(Color.BLACK);
			String number = String.valueOf(stop.order());
			float w = bold.getStringWidth(number) / 1000 * 7;
			page.beginText();
			page.setFont(bold, 7);
			page.newLineAtOffset(p[0] - w / 2, p[1] - 2.5f);
			page.showText(number);
			page.endText();
		}
		page.restoreGraphicsState();
		y = bottom - 18;
		page.setNonStrokingColor(Color.BLACK);
		for (String line : wrap(regular, 7, words.apply("police.pdf.mapNote"), WIDTH)) {
			text(regular, 7, MARGIN, line);
			y -= 9;
		}
		y -= 7;
	}

	private void ring(LineString ring, Function<Coordinate, float[]> xy) throws IOException {
		Coordinate[] coordinates = ring.getCoordinates();
		for (int i = 0; i < coordinates.length; i++) {
			float[] p = xy.apply(coordinates[i]);
			if (i == 0) {
				page.moveTo(p[0], p[1]);
			}
			else {
				page.lineTo(p[0], p[1]);
			}
		}
		page.stroke();
	}

	private void circle(float x, float y, float r) throws IOException {
		float c = r * 0.5523f;
		page.moveTo(x + r, y);
		page.curveTo(x + r, y + c, x + c, y + r, x, y + r);
		page.curveTo(x - c, y + r, x - r, y + c, x - r, y);
		page.curveTo(x - r, y - c, x - c, y - r, x, y - r);
		page.curveTo(x + c, y - r, x + r, y - c, x + r, y);
		page.closePath();
	}

	private static final float[] COLUMNS = { 22, 150, 38, 160, 110, 35 };

	private void table(PatrolPlan plan) throws IOException {
		String[] headers = { "#", words.apply("police.pdf.site"), words.apply("police.pdf.arrival"),
				words.apply("police.pdf.reasons"), words.apply("police.pdf.checks"), words.apply("police.pdf.done") };
		row(bold, headers, false);
		for (PatrolPlan.Stop stop : plan.stops()) {
			String reasons = String.join("; ", stop.reasons().stream()
				.map(r -> words.apply("risk.code." + r.code())).distinct().toList());
			String checks = String.join("; ", stop.checks().stream().map(c -> words.apply("police.check." + c)).toList());
			row(regular, new String[] { String.valueOf(stop.order()), stop.name(), stop.arrival().format(HOUR), reasons,
					checks, "" }, true);
		}
	}

	private void row(PDType0Font font, String[] cells, boolean box) throws IOException {
		float size = 8;
		List<List<String>> lines = new ArrayList<>();
		int height = 1;
		for (int i = 0; i < cells.length; i++) {
			lines.add(wrap(font, size, cells[i], COLUMNS[i] - 4));
			height = Math.max(height, lines.get(i).size());
		}
		float rowHeight = height * 10 + 6;
		if (y - rowHeight < MARGIN) {
			newPage();
		}
		float x = MARGIN;
		page.setStrokingColor(Color.BLACK);
		page.setLineWidth(0.4f);
		for (int i = 0; i < cells.length; i++) {
			page.addRect(x, y - rowHeight + 10, COLUMNS[i], rowHeight);
			page.stroke();
			float saved = y;
			for (String line : lines.get(i)) {
				text(font, size, x + 2, line);
				y -= 10;
			}
			y = saved;
			if (box && i == cells.length - 1) {
				page.addRect(x + COLUMNS[i] / 2 - 5, y - 2, 9, 9);
				page.stroke();
			}
			x += COLUMNS[i];
		}
		y -= rowHeight;
	}

	private void signatures() throws IOException {
		if (y < MARGIN + 90) {
			newPage();
		}
		y -= 24;
		String[] roles = { words.apply("police.pdf.signPlanner"), words.apply("police.pdf.signLeader"),
				words.apply("police.pdf.signHead") };
		float column = WIDTH / roles.length;
		for (int i = 0; i < roles.length; i++) {
			text(bold, 9, MARGIN + i * column + 4, roles[i]);
		}
		y -= 12;
		for (int i = 0; i < roles.length; i++) {
			text(regular, 7, MARGIN + i * column + 4, words.apply("police.pdf.signHint"));
		}
		y -= 50;
		page.setLineWidth(0.5f);
		for (int i = 0; i < roles.length; i++) {
			page.moveTo(MARGIN + i * column + 4, y);
			page.lineTo(MARGIN + (i + 1) * column - 16, y);
		}
		page.stroke();
	}

	/** A name typed with combining marks is written with the font's precomposed letters, as it reads back. */
	private static String composed(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC);
	}

	private static List<String> wrap(PDType0Font font, float size, String text, float width) throws IOException {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : dashesWithTheNextWord(composed(text).split(" "))) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (font.getStringWidth(candidate) / 1000 * size <= width || line.isEmpty()) {
				line.setLength(0);
				line.append(candidate);
			}
			else {
				lines.add(line.toString());
				line.setLength(0);
				line.append(word);
			}
		}
		lines.add(line.toString());
		return lines;
	}

	/**
	 * A lone dash ("Mẫn Xá - Văn Môn") goes to the next line with the word after it: a line ending in a dash reads
	 * as a word broken in two, and text extraction (pdftotext) joins it so.
	 */
	private static List<String> dashesWithTheNextWord(String[] words) {
		List<String> units = new ArrayList<>();
		for (int i = 0; i < words.length; i++) {
			boolean dash = words[i].equals("-") || words[i].equals("–");
			units.add(dash && i + 1 < words.length ? words[i] + " " + words[++i] : words[i]);
		}
		return units;
	}
}
