package vn.diemnong.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

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
