package vn.diemnong.hotspot.area;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.diemnong.hotspot.stats.EmergingCategory;
import vn.diemnong.hotspot.stats.EmergingResult;
import vn.diemnong.hotspot.stats.GiClass;
import vn.diemnong.hotspot.stats.GiStarResult;
import vn.diemnong.hotspot.stats.HexCell;
import vn.diemnong.hotspot.stats.MannKendallResult;

/** The Gi* and emerging answers stay valid JSON whatever the statistics give, NaN and the infinities included. */
class HotspotAnswersTest {

	private static final String SQUARE = "{\"type\":\"Polygon\",\"coordinates\":[[[106.0,21.0],[106.01,21.0],"
			+ "[106.01,21.01],[106.0,21.0]]]}";

	private final JsonMapper json = JsonMapper.builder().build();
	private final HexGrid grid = new HexGrid(500, List.of(new HexCell(0, 0), new HexCell(1, 0)),
			new String[] { SQUARE, SQUARE }, new String[] { "27007", null }, 1);
	private final Analysis analysis = new Analysis(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28), 500, 0,
			AnalysisValue.VIOLATIONS, true);

	@Test
	void giWritesNonFiniteNumbersAsNull() {
		GiStarResult result = new GiStarResult(new double[] { Double.NaN, 1.25 },
				new double[] { Double.POSITIVE_INFINITY, 0.2112 }, new int[] { 2, 2 });
		String text = new String(GiAnswer.write(grid, analysis, Double.NEGATIVE_INFINITY,
				new double[] { Double.NaN, 3 }, result, new GiClass[] { GiClass.NONE, GiClass.HOT_90 }), UTF_8);

		JsonNode answer = json.readTree(text);
		assertThat(answer.get("distanceBand").isNull()).isTrue();
		JsonNode first = answer.get("features").get(0);
		assertThat(first.get("geometry")).isEqualTo(json.readTree(SQUARE));
		assertThat(first.get("properties").get("value").isNull()).isTrue();
		assertThat(first.get("properties").get("z").isNull()).isTrue();
		assertThat(first.get("properties").get("p").isNull()).isTrue();
		assertThat(first.get("properties").get("commune").asString()).isEqualTo("27007");
		JsonNode second = answer.get("features").get(1);
		assertThat(second.get("id").asString()).isEqualTo("1_0");
		assertThat(second.get("properties").get("z").asDouble()).isEqualTo(1.25);
		assertThat(second.get("properties").get("value").asDouble()).isEqualTo(3);
		assertThat(second.get("properties").get("class").asString()).isEqualTo("hot90");
		assertThat(second.get("properties").get("commune").isNull()).isTrue();
	}

	@Test
	void emergingWritesNonFiniteTrendsAndZAsZero() {
		List<GiStarResult> slices = List.of(
				new GiStarResult(new double[] { Double.NaN, 1.23456 }, new double[] { 1, 0.2 }, new int[] { 2, 2 }),
				new GiStarResult(new double[] { Double.NEGATIVE_INFINITY, 2 }, new double[] { 1, 0.1 },
						new int[] { 2, 2 }));
		MannKendallResult flat = new MannKendallResult(2, 0, 0, Double.NaN, Double.NaN, Double.POSITIVE_INFINITY);
		EmergingResult[] categories = { new EmergingResult(EmergingCategory.NEW_HOT_SPOT, flat),
				new EmergingResult(EmergingCategory.NEW_HOT_SPOT, flat) };
		String text = new String(EmergingAnswer.write(grid, analysis, 1200, slices, categories), UTF_8);

		JsonNode answer = json.readTree(text);
		assertThat(answer.get("months").toString()).isEqualTo("[\"2026-01\",\"2026-02\"]");
		JsonNode properties = answer.get("features").get(0).get("properties");
		assertThat(properties.get("trendZ").asDouble()).isZero();
		assertThat(properties.get("trendP").asDouble()).isZero();
		assertThat(properties.get("z").get(0).asDouble()).isZero();
		assertThat(Double.isFinite(properties.get("z").get(1).asDouble())).isTrue();
		assertThat(answer.get("features").get(1).get("properties").get("z").toString()).isEqualTo("[1.2346,2.0]");
		assertThat(text).contains("\"z\":[0.0,-9.223372036854776E14]").contains("\"z\":[1.2346,2.0]");
	}

	/** Four-decimal numbers are written as Double.toString writes them, scientific ranges included. */
	@Test
	void fourDecimalsAsDoubleToString() {
		long[] cases = { 0, 1, -9, 10, -10, 12_346, -12_346, 20_000, 5, 10_001, 99_999_999_999L, 100_000_000_000L,
				Long.MAX_VALUE, Long.MIN_VALUE, 3_000, -7_500 };
		char[] buffer = new char[24];
		for (long n : cases) {
			java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
			try (tools.jackson.core.JsonGenerator gen = AnswerJson.generator(out)) {
				AnswerJson.fourDecimals(gen, n, buffer);
			}
			assertThat(out.toString(UTF_8)).as("%d", n).isEqualTo(Double.toString(n / 1e4));
		}
	}
}
