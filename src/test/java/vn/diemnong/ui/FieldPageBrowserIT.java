package vn.diemnong.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.Geolocation;

import tools.jackson.databind.JsonNode;
import vn.diemnong.Api;
import vn.diemnong.IntegrationTest;

/**
 * The phone page /field at 360 × 740 with touch: a commune's sites nearest first from the phone's position, an
 * observation with a photo recorded offline, waiting on the phone, sent once when the connection is back and shown in
 * the site's history on the map; the page's shell (manifest, service worker) served; other roles told it is not theirs.
 */
@IntegrationTest
class FieldPageBrowserIT extends BrowserTest {

	private static final String COMMUNE_USER = "xa.vocuong";

	@Test
	void theListIsNearestFirstFromThePhonesPositionAndFoundWithoutAccents() {
		JsonNode target = loneSite();
		double lon = target.get("geometry").get("coordinates").get(0).asDouble();
		double lat = target.get("geometry").get("coordinates").get(1).asDouble();
		usePhone();
		context.grantPermissions(List.of("geolocation"));
		// about 30 m north-east of the site
		context.setGeolocation(new Geolocation(lat + 0.0002, lon + 0.0002).setAccuracy(12));
		signIn(COMMUNE_USER);
		openField();

		assertThat(page.getByTestId("field-position")).containsText("±12 m");
		assertThat(page.getByTestId("field-where")).containsText("Võ Cường");
		Locator rows = page.getByTestId("field-site");
		assertThat(rows.first()).hasAttribute("data-site-id", target.get("id").asString());
		List<Double> distances = new ArrayList<>();
		for (String text : page.getByTestId("field-site-distance").allTextContents()) {
			distances.add(text.endsWith(" km") ? Double.parseDouble(text.replace(" km", "").replace(',', '.')) * 1000
					: Double.parseDouble(text.replace(" m", "")));
		}
		Assertions.assertThat(distances).as("distances down the list").isSorted().hasSizeGreaterThan(1);
		Assertions.assertThat(distances.get(0)).isBetween(20.0, 40.0);
		assertThat(page.getByTestId("field-as-of")).containsText("Dữ liệu lúc");
		Assertions.assertThat(Phone.smallTargets(page, null)).as("touch targets under 44 px").isEmpty();

		// the name typed without its accents finds the site
		String name = target.get("properties").get("name").asString();
		page.getByTestId("field-search").fill(withoutAccents(name));
		assertThat(rows.first()).hasAttribute("data-site-id", target.get("id").asString());

		// the English switch
		page.getByTestId("field-lang").tap();
		assertThat(page.getByTestId("field-position")).containsText("Your position");
		assertThat(page.getByTestId("field-unlisted")).containsText("A site not on the list");
		page.getByTestId("field-lang").tap();
		assertThat(page.getByTestId("field-unlisted")).containsText("Một điểm không có trong danh sách");
	}

	@Test
	void anObservationRecordedOfflineWaitsAndIsSentOnceWhenTheConnectionIsBack() {
		JsonNode target = loneSite();
		String id = target.get("id").asString();
		String note = "Khói đen, kiểm tra ngoại tuyến " + UUID.randomUUID();
		long start = System.nanoTime();
		java.util.Map<String, Long> phases = new java.util.LinkedHashMap<>();
		Runnable lap = () -> phases.put("step" + phases.size(), (System.nanoTime() - start) / 1_000_000);
		usePhoneAt(target);
		signIn(COMMUNE_USER);
		openField();
		Assertions.assertThat(page.evaluate("() => navigator.serviceWorker.ready.then((r) => r.active.scriptURL)"))
			.asString().endsWith("/field-sw.js");

		lap.run();
		context.setOffline(true);
		assertThat(page.getByTestId("field-online")).hasAttribute("data-online", "false");
		// the page opens again without a connection: its shell from the service worker, the sites from the phone's copy
		page.reload();
		assertThat(page.locator("body")).hasAttribute("data-ready", "true");
		assertThat(page.getByTestId("field-site").first()).hasAttribute("data-site-id", id);
		assertThat(page.getByTestId("field-as-of")).containsText("Dữ liệu lúc");
		lap.run();

		record(note);
		Locator item = page.getByTestId("field-item").first();
		assertThat(item).hasAttribute("data-state", "waiting");
		assertThat(item).containsText("Đang chờ gửi");
		assertThat(item).containsText("1 ảnh");
		assertThat(page.getByTestId("field-waiting-count")).containsText("1 đang chờ gửi");
		page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("field-offline-queue.png")));
		Assertions.assertThat(observationsWith(id, note)).as("nothing on the service while offline").isZero();
		lap.run();

		context.setOffline(false);
		assertThat(item).hasAttribute("data-state", "sent");
		assertThat(item).containsText("Đã gửi");
		assertThat(page.getByTestId("field-waiting-count")).hasCount(0);
		Assertions.assertThat(observationsWith(id, note)).as("observations stored").isEqualTo(1);
		lap.run();

		// the department sees it in the site's history on the province map, with its photo's SHA-256
		signIn("moitruong");
		page.setViewportSize(1400, 900);
		page.navigate("http://localhost:" + port + "/?site=" + id);
		Locator entry = page.locator("[data-testid=site-panel] [data-testid=history-entry][data-type=observation]")
			.filter(new Locator.FilterOptions().setHasText(note));
		entry.scrollIntoViewIfNeeded();
		assertThat(entry).containsText("Quan sát hiện trường");
		assertThat(entry.getByTestId("observation-photo").locator("img")).hasCount(1);
		String sha256 = entry.getByTestId("observation-sha").getAttribute("title");
		// the photo kept on the phone as a Blob while offline reached the service byte for byte
		Assertions.assertThat(sha256).isEqualTo(sha256(photo("anh-1.jpg").buffer));
		assertThat(entry).containsText("Tập kết phế liệu");
		page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("field-in-history.png")));
		System.out.printf("[field] offline test phases (ms): %s%n", phases);
	}

	@Test
	void fromOpeningThePageToAnObservationSent() {
		JsonNode target = loneSite();
		usePhoneAt(target);
		signIn(COMMUNE_USER);
		long start = System.nanoTime();
		openField();
		record("Đang hoạt động, đo thời gian " + UUID.randomUUID());
		assertThat(page.getByTestId("field-item").first()).hasAttribute("data-state", "sent");
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.printf("[field] from opening /field to an observation sent (online, with one photo): %d ms%n", millis);
		page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("field-online.png")));
	}

	@Test
	void aSiteNotOnTheListIsFiledAtThePhonesPosition() {
		usePhoneAt(loneSite());
		signIn(COMMUNE_USER);
		openField();
		String name = "Hộ thu gom phế liệu mới " + UUID.randomUUID();
		page.getByTestId("field-unlisted").tap();
		assertThat(page.getByTestId("field-form-title")).containsText("Điểm nghi vấn mới");
		page.getByTestId("field-finding-scrap_brought_in").tap();
		page.getByTestId("field-save").tap();
		assertThat(page.getByTestId("field-error")).containsText("cần tên");
		page.getByTestId("field-site-name").fill(name);
		page.getByTestId("field-save").tap();
		Locator item = page.getByTestId("field-item").first();
		assertThat(item).hasAttribute("data-state", "sent");
		JsonNode observation = new Api(port, COMMUNE_USER)
			.get("/api/v1/observations/" + item.getAttribute("data-observation-id")).json();
		Assertions.assertThat(observation.get("siteRegistered").asBoolean()).isTrue();
		Assertions.assertThat(observation.get("siteName").asString()).isEqualTo(name);
		Assertions.assertThat(observation.get("findings").get(0).asString()).isEqualTo("scrap_brought_in");
	}

	@Test
	void thePageAndItsShellAreServedAndOtherRolesAreToldItIsNotTheirs() {
		String base = "http://localhost:" + port;
		APIResponse manifest = context.request().get(base + "/field.webmanifest");
		Assertions.assertThat(manifest.status()).isEqualTo(200);
		Assertions.assertThat(manifest.headers().get("content-type")).startsWith("application/manifest+json");
		Assertions.assertThat(Api.json(manifest.text()).get("start_url").asString()).isEqualTo("/field");
		APIResponse worker = context.request().get(base + "/field-sw.js");
		Assertions.assertThat(worker.status()).isEqualTo(200);
		Assertions.assertThat(worker.headers().get("content-type")).matches("(text|application)/javascript.*");
		APIResponse field = context.request().get(base + "/field");
		Assertions.assertThat(field.status()).isEqualTo(200);
		Assertions.assertThat(field.text()).contains("/js/field.js");
		Assertions.assertThat(field.headers().get("content-security-policy")).contains("script-src 'self'");

		usePhone();
		signIn("moitruong");
		page.navigate(base + "/field");
		assertThat(page.locator("body")).hasAttribute("data-ready", "true");
		assertThat(page.getByTestId("field-denied")).containsText("dành cho cán bộ xã, phường và công an");
		assertThat(page.getByTestId("field-site")).hasCount(0);
	}

	/** Picks the nearest site, ticks two findings, writes the note, takes a photo and saves. */
	private void record(String note) {
		page.getByTestId("field-site").first().tap();
		assertThat(page.getByTestId("field-form")).isVisible();
		page.getByTestId("field-finding-working").tap();
		page.getByTestId("field-finding-scrap_stockpiled").tap();
		page.getByTestId("field-note").fill(note);
		page.getByTestId("field-photos").setInputFiles(photo("anh-1.jpg"));
		assertThat(page.getByTestId("field-thumbs").locator("img")).hasCount(1);
		assertThat(page.getByTestId("field-form-position")).containsText("±12 m");
		Assertions.assertThat(Phone.smallTargets(page, null)).as("touch targets under 44 px on the form").isEmpty();
		page.getByTestId("field-save").tap();
		assertThat(page.getByTestId("field-sites")).isVisible();
	}

	/** How many observations of the site the service holds with this note (its history, as the department reads it). */
	private long observationsWith(String siteId, String note) {
		JsonNode entries = new Api(port, "moitruong").get("/api/v1/sites/" + siteId + "/history").json().get("entries");
		long count = 0;
		for (JsonNode entry : entries) {
			count += entry.toString().contains(note) ? 1 : 0;
		}
		return count;
	}

	private void usePhoneAt(JsonNode site) {
		usePhone();
		context.grantPermissions(List.of("geolocation"));
		JsonNode coordinates = site.get("geometry").get("coordinates");
		context.setGeolocation(new Geolocation(coordinates.get(1).asDouble() + 0.0002, coordinates.get(0).asDouble() + 0.0002)
			.setAccuracy(12));
	}

	private void openField() {
		page.navigate("http://localhost:" + port + "/field");
		assertThat(page.locator("body")).hasAttribute("data-ready", "true");
		assertThat(page.getByTestId("field-site").first()).isVisible();
	}

	/** A point site of the commune user's with no other site within 300 m, so that it is the nearest beyond doubt. */
	private JsonNode loneSite() {
		JsonNode features = new Api(port, COMMUNE_USER).get("/api/v1/sites?limit=1000").json().get("features");
		List<JsonNode> points = new ArrayList<>();
		features.forEach(feature -> {
			if (feature.hasNonNull("geometry") && "Point".equals(feature.get("geometry").get("type").asString())) {
				points.add(feature);
			}
		});
		for (JsonNode candidate : points) {
			boolean alone = true;
			for (JsonNode other : features) {
				alone &= other == candidate || !other.hasNonNull("geometry") || !near(candidate, other);
			}
			if (alone) {
				return candidate;
			}
		}
		throw new AssertionError("no lone point site in " + COMMUNE_USER + "'s communes");
	}

	private static boolean near(JsonNode site, JsonNode other) {
		JsonNode a = site.get("geometry").get("coordinates");
		JsonNode geometry = other.get("geometry");
		JsonNode b = "Point".equals(geometry.get("type").asString()) ? geometry.get("coordinates")
				: geometry.get("coordinates").get(0).get(0);
		double dLat = (a.get(1).asDouble() - b.get(1).asDouble()) * 111_195;
		double dLon = (a.get(0).asDouble() - b.get(0).asDouble()) * 111_195 * Math.cos(Math.toRadians(a.get(1).asDouble()));
		return Math.hypot(dLat, dLon) < 300;
	}

	static String withoutAccents(String text) {
		return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
			.replace('đ', 'd').replace('Đ', 'D');
	}

	private static String sha256(byte[] bytes) {
		try {
			return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A small real JPEG, as a phone's camera gives one. */
	static FilePayload photo(String name) {
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		for (int x = 0; x < 64; x++) {
			for (int y = 0; y < 48; y++) {
				image.setRGB(x, y, new Color(x * 4, y * 5, 120).getRGB());
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "jpg", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new FilePayload(name, "image/jpeg", out.toByteArray());
	}

	private void usePhone() {
		context.close();
		context = browser.newContext(Phone.options());
		context.setDefaultTimeout(20_000);
		page = context.newPage();
		page.onConsoleMessage(message -> {
			if (isCspViolation(message.text())) {
				cspViolations.add(message.text());
			}
		});
	}
}
