package vn.diemnong.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;

import tools.jackson.databind.JsonNode;
import vn.diemnong.Api;
import vn.diemnong.IntegrationTest;

/** Who sees what on the map: the public map, a commune's staff, the sign-in dialog, sign-out, the change history. */
@IntegrationTest
class AccessBrowserIT extends BrowserTest {

	private static final String SITE_MARKERS = ".leaflet-sites-pane path.site-marker";
	private static final String HOTSPOT_CONTROLS = "[data-testid=layer-gi], [data-testid=layer-emerging], "
			+ "[data-testid=cell-size], [data-testid=fdr]";
	// sites coloured by risk: for the signed-in roles that read sites, not on the public map
	private static final String RISK_CONTROL = "[data-testid=sites-risk]";
	private static final String VO_CUONG = "09190";

	// Named point sites of the public map with at least one published violation, most published first.
	private static final String PUBLISHED_SITES = """
			async () => {
			  const sites = await fetch('/api/v1/public/sites?limit=10000').then((r) => r.json());
			  return sites.features
			    .filter((f) => f.properties.name && f.geometry && f.geometry.type === 'Point' && f.properties.publishedViolations > 0)
			    .sort((a, b) => b.properties.publishedViolations - a.properties.publishedViolations)
			    .slice(0, 20)
			    .map((f) => ({ id: String(f.id), lat: String(f.geometry.coordinates[1]), lng: String(f.geometry.coordinates[0]) }));
			}""";

	@Test
	void thePublicMapShowsCommunesAndSitesWithPublishedDataOnly() {
		List<String> apiCalls = new CopyOnWriteArrayList<>();
		List<String> refused = new CopyOnWriteArrayList<>();
		page.onRequest(request -> {
			String path = URI.create(request.url()).getPath();
			if (path.startsWith("/api/")) {
				apiCalls.add(path);
			}
		});
		page.onResponse(response -> {
			if (response.status() == 401 || response.status() == 403) {
				refused.add(response.status() + " " + response.url());
			}
		});

		openAsIs("");
		assertThat(page.locator(SITE_MARKERS).first()).isAttached();
		assertThat(page.getByTestId("public-banner")).isVisible();
		assertThat(page.getByTestId("sign-in")).isVisible();
		assertThat(page.getByTestId("layer-switch")).isVisible();
		assertThat(page.locator(HOTSPOT_CONTROLS)).hasCount(0);
		assertThat(page.locator(RISK_CONTROL)).hasCount(0);

		Map<String, String> site = siteWithAnOperator();
		openAsIs("?map=16/" + site.get("lat") + "/" + site.get("lng"));
		page.locator(SITE_MARKERS + "[data-site-id='" + site.get("id") + "']").dispatchEvent("click");
		Locator panel = page.getByTestId("site-panel");
		assertThat(panel).hasAttribute("data-site-id", site.get("id"));
		assertThat(panel.getByTestId("public-notice")).isVisible();
		assertThat(panel.getByTestId("published-violation").first()).isVisible();
		// who signed each decision: its title in words, never the signer's name
		assertThat(panel.getByTestId("published-violations")).containsText("Người ký quyết định");
		assertThat(panel.getByTestId("published-authority").first()).hasText(Pattern.compile(
				"Chủ tịch UBND cấp (xã|huyện \\(trước 01/07/2025\\)|tỉnh)|Trưởng phòng Cảnh sát phòng, chống tội phạm về môi trường"));
		assertThat(panel.getByTestId("site-facts")).isVisible();
		assertThat(panel).not().containsText(site.get("operator"));
		assertThat(panel).not().containsText("Chủ cơ sở");
		assertThat(panel.getByTestId("history-entry")).hasCount(0);
		assertThat(panel.getByTestId("site-audit")).hasCount(0);

		Assertions.assertThat(apiCalls).as("the public map calls only the public endpoints")
			.allMatch(path -> path.startsWith("/api/v1/public/") || path.equals("/api/v1/me") || path.equals("/api/v1/config"));
		Assertions.assertThat(refused).as("refused requests").isEmpty();
	}

	@Test
	void aCommuneSignsInThroughTheDialogAndSeesOnlyItsOwnSites() {
		openAsIs("");
		signInThroughTheDialog("xa.vocuong", Api.DEMO_PASSWORD);

		assertThat(page.getByTestId("account")).containsText("Võ Cường");
		assertThat(page.locator("body")).hasAttribute("data-ready", "true");
		assertThat(page.locator(COMMUNE_AREAS)).hasCount(1);
		assertThat(page.locator(COMMUNE_AREAS).first()).hasAttribute("data-code", VO_CUONG);
		assertThat(page.getByTestId("scope-note")).containsText("Võ Cường");
		assertThat(page.getByTestId("public-banner")).hasCount(0);
		assertThat(page.locator(SITE_MARKERS).first()).isAttached();
		assertThat(page.locator(HOTSPOT_CONTROLS)).hasCount(0);

		// every site drawn is one of the commune's own, and the service lists no other
		@SuppressWarnings("unchecked")
		Map<String, Object> drawn = (Map<String, Object>) page.evaluate("""
				async () => {
				  const sites = await fetch('/api/v1/sites?limit=5000', { headers: { 'X-Requested-With': 'fetch' } }).then((r) => r.json());
				  const own = new Set(sites.features.filter((f) => f.properties.communeCode === '%s').map((f) => String(f.id)));
				  const ids = [...document.querySelectorAll('.leaflet-sites-pane path.site-marker, .leaflet-siteAreas-pane path.site-area')]
				    .map((path) => path.getAttribute('data-site-id'));
				  return { drawn: ids.length, outside: ids.filter((id) => !own.has(id)).length, listed: sites.features.length, own: own.size };
				}""".formatted(VO_CUONG));
		Assertions.assertThat(((Number) drawn.get("drawn")).intValue()).isPositive();
		Assertions.assertThat(((Number) drawn.get("outside")).intValue()).isZero();
		Assertions.assertThat(drawn.get("listed")).isEqualTo(drawn.get("own"));
	}

	@Test
	void aWrongPasswordShowsTheServicesMessageInThePageLanguage() {
		openAsIs("");
		page.getByTestId("sign-in").click();
		Locator dialog = page.getByTestId("sign-in-dialog");
		assertThat(dialog).isVisible();
		assertThat(dialog.getByLabel("Tên đăng nhập")).isFocused();
		dialog.getByTestId("sign-in-username").fill("xa.vanmon");
		dialog.getByTestId("sign-in-password").fill("not-the-password");
		dialog.getByTestId("sign-in-submit").click();
		assertThat(dialog.getByTestId("sign-in-error")).hasText("tên đăng nhập hoặc mật khẩu không đúng");
		assertThat(dialog.getByTestId("sign-in-password")).hasValue("");
		page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
			.setPath(SCREENSHOTS.resolve("signInDialogWithError.png")));
		dialog.getByTestId("sign-in-cancel").click();
		assertThat(dialog).isHidden();

		page.getByTestId("lang-en").click();
		page.getByTestId("sign-in").click();
		assertThat(dialog.getByRole(com.microsoft.playwright.options.AriaRole.HEADING)).hasText("Sign in");
		dialog.getByTestId("sign-in-username").fill("xa.vanmon");
		dialog.getByTestId("sign-in-password").fill("still-not-it");
		dialog.getByTestId("sign-in-submit").click();
		assertThat(dialog.getByTestId("sign-in-error")).hasText("wrong username or password");
		assertThat(page.getByTestId("account")).hasCount(0);
	}

	@Test
	void signingOutReturnsToThePublicMap() {
		signIn("xa.vocuong");
		openAsIs("", 1);
		assertThat(page.getByTestId("account")).isVisible();
		page.getByTestId("sign-out").click();
		assertThat(page.getByTestId("sign-in")).isVisible();
		assertThat(page.getByTestId("public-banner")).isVisible();
		assertThat(page.locator(COMMUNE_AREAS)).hasCount(COMMUNES);
		assertThat(page.locator(HOTSPOT_CONTROLS + ", " + RISK_CONTROL)).hasCount(0);
	}

	@Test
	void theEnvironmentDepartmentSeesWhoChangedASite() {
		signIn("moitruong");
		// reading a household workshop's personal fields leaves an event in its trail
		String base = "http://localhost:" + port;
		JsonNode workshops = Api.json(context.request().get(base + "/api/v1/sites?kind=household_workshop&limit=1").text());
		String id = workshops.get("features").get(0).get("id").asString();
		Assertions.assertThat(context.request().get(base + "/api/v1/sites/" + id).status()).isEqualTo(200);

		openAsIs("?site=" + id);
		assertThat(page.getByTestId("account-role")).hasText("Sở Nông nghiệp và Môi trường");
		assertThat(page.getByTestId("layer-gi")).hasCount(1);
		Locator audit = page.getByTestId("site-panel").getByTestId("site-audit");
		assertThat(audit).containsText("Lịch sử thay đổi");
		assertThat(audit.getByTestId("site-audit-row").first()).containsText("moitruong");
		assertThat(audit).containsText("Xem thông tin cá nhân");
	}

	@Test
	void theAdministratorGetsThePublicMapAndTheAccounts() {
		signIn("quantri");
		openAsIs("");
		assertThat(page.getByTestId("public-banner")).isVisible();
		assertThat(page.locator(HOTSPOT_CONTROLS)).hasCount(0);
		assertThat(page.getByTestId("users-panel").getByTestId("user-row").filter(new Locator.FilterOptions().setHasText("xa.vocuong")))
			.containsText(VO_CUONG);
	}

	@Test
	void theConsoleGuardSeesAnInlineStyleThePolicyRefuses() {
		openAsIs("");
		page.evaluate("() => document.body.setAttribute('style', 'outline: 1px solid red')");
		page.waitForCondition(() -> !cspViolations.isEmpty());
		Assertions.assertThat(cspViolations.get(0)).contains("style-src");
		// the guard works; this test's own violation is not a failure of the page
		cspViolations.clear();
	}

	private void signInThroughTheDialog(String username, String password) {
		page.getByTestId("sign-in").click();
		Locator dialog = page.getByTestId("sign-in-dialog");
		assertThat(dialog).isVisible();
		dialog.getByTestId("sign-in-username").fill(username);
		dialog.getByTestId("sign-in-password").fill(password);
		dialog.getByTestId("sign-in-submit").click();
	}

	/** A published site whose operator name the public must not see (read as the department, over Basic). */
	private Map<String, String> siteWithAnOperator() {
		@SuppressWarnings("unchecked")
		List<Map<String, String>> candidates = (List<Map<String, String>>) page.evaluate(PUBLISHED_SITES);
		Api department = new Api(port, "moitruong");
		for (Map<String, String> candidate : candidates) {
			JsonNode operator = department.get("/api/v1/sites/" + candidate.get("id")).json().get("properties").get("operatorName");
			if (operator != null && !operator.isNull() && !operator.asString().isBlank()) {
				return Map.of("id", candidate.get("id"), "lat", candidate.get("lat"), "lng", candidate.get("lng"),
						"operator", operator.asString());
			}
		}
		throw new AssertionError("no published site with an operator name among " + candidates);
	}
}
