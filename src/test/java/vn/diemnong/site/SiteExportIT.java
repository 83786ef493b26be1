package vn.diemnong.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.diemnong.Api;
import vn.diemnong.IntegrationTest;

/** The site list as CSV and XLSX: the same sites as the JSON list, read back by a CSV parser and an XLSX reader. */
@IntegrationTest
class SiteExportIT {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Test
	void theFilteredListAsCsvHasABomVietnameseHeadersAndTheSameSites() throws Exception {
		HttpResponse<byte[]> answer = get("moitruong", "/api/v1/sites?kind=recycling_facility&status=operating",
				"Accept", "text/csv", "Accept-Language", "vi");
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
		assertThat(answer.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment", ".csv");
		byte[] body = answer.body();
		assertThat(Arrays.copyOf(body, 3)).as("UTF-8 byte order mark").containsExactly(0xEF, 0xBB, 0xBF);

		List<CSVRecord> records = csv(body);
		assertThat(records.get(0).values()).startsWith("Mã", "Tên cơ sở", "Loại hình", "Ngành nghề", "Trạng thái");
		List<CSVRecord> rows = records.subList(1, records.size());
		long matched = new Api(port, "moitruong").get("/api/v1/sites?kind=recycling_facility&status=operating").json()
			.get("numberMatched").asLong();
		assertThat(rows).hasSize((int) matched).isNotEmpty();
		for (CSVRecord row : rows) {
			assertThat(row.get(2)).isEqualTo("Cơ sở tái chế phế liệu");
			assertThat(row.get(4)).isEqualTo("Đang hoạt động");
			assertThat(Double.parseDouble(row.get(8))).as("latitude").isBetween(20.9, 21.6);
			assertThat(Double.parseDouble(row.get(9))).as("longitude").isBetween(105.8, 106.8);
		}
	}

	@Test
	void aCommunesSitesAsXlsxHaveRealNumbersAndDatesAndEnglishHeaders() throws Exception {
		HttpResponse<byte[]> answer = get("moitruong", "/api/v1/sites?commune=09190&format=xlsx",
				"Accept-Language", "en");
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.headers().firstValue("Content-Type").orElseThrow())
			.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		long matched = new Api(port, "moitruong").get("/api/v1/sites?commune=09190").json().get("numberMatched")
			.asLong();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(answer.body()))) {
			List<Row> rows = workbook.getFirstSheet().read();
			Row header = rows.get(0);
			assertThat(header.getCellText(0)).isEqualTo("Id");
			assertThat(header.getCellText(8)).isEqualTo("Latitude (WGS 84)");
			assertThat(rows).hasSize((int) matched + 1);
			for (Row row : rows.subList(1, rows.size())) {
				assertThat(row.getCell(0).getType()).as("id").isEqualTo(CellType.NUMBER);
				assertThat(row.getCellText(6)).isEqualTo("09190");
				assertThat(row.getCell(8).getType()).as("latitude").isEqualTo(CellType.NUMBER);
				assertThat(row.getCellAsNumber(9).orElseThrow().doubleValue()).isBetween(105.8, 106.8);
				assertThat(row.getCellAsDate(14)).as("registered on, a date").isPresent();
			}
		}
	}

	@Test
	void aCommunesUserExportsOnlyTheirCommunesAndAnUnknownFormatIsRefused() throws Exception {
		List<CSVRecord> records = csv(get("xa.vocuong", "/api/v1/sites?format=csv", "Accept-Language", "vi").body());
		long matched = new Api(port, "xa.vocuong").get("/api/v1/sites").json().get("numberMatched").asLong();
		assertThat(records).hasSize((int) matched + 1);
		assertThat(records.subList(1, records.size())).allSatisfy(row -> assertThat(row.get(6)).isEqualTo("09190"));

		assertThat(new Api(port, "moitruong").get("/api/v1/sites?format=pdf").problem()).isEqualTo("format:unknown-value");
		assertThat(new Api(port).get("/api/v1/sites?format=csv").status()).as("the internal list needs a sign-in")
			.isEqualTo(401);
	}

	private static List<CSVRecord> csv(byte[] body) throws IOException {
		String text = new String(body, StandardCharsets.UTF_8).substring(1);
		return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
	}

	private HttpResponse<byte[]> get(String username, String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((username + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)));
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
	}
}
