package vn.diemnong.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Geolocation;

import vn.diemnong.Api;
import vn.diemnong.Fixtures;
import vn.diemnong.IntegrationTest;
import vn.diemnong.patrol.execution.PatrolPlans;

/**
 * The police see the whole province, but their phone keeps only the communes around it and those the officer picks,
 * and says how big that copy is; without a connection the list is that copy.
 */
@IntegrationTest
class FieldCopyBrowserIT extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	/** The copy on the phone, read from IndexedDB: its communes and its sites' communes. */
	private static final String COPY = """
			() => new Promise((resolve, reject) => {
			  const opening = indexedDB.open('diemnong-field');
			  opening.onerror = () => reject(opening.error);
			  opening.onsuccess = () => {
			    const read = opening.result.transaction('snapshot').objectStore('snapshot').get('current');
			    read.onsuccess = () => resolve({ communes: read.result.communes.map((c) => String(c.id)),
			      siteCommunes: read.result.sites.map((s) => String(s.properties.communeCode)),
			      siteIds: read.result.sites.map((s) => String(s.id)) });
			  };
			})""";

	@SuppressWarnings("unchecked")
	private Map<String, List<String>> copy() {
		return (Map<String, List<String>>) page.evaluate(COPY);
	}

	@Test
	void thePoliceKeepTheCommunesAroundThePhoneAndThoseTheyPickWithTheSizeStated() {
		long province = new Api(port, "congan").get("/api/v1/sites?limit=1").json().get("numberMatched").asLong();
		usePhoneAt(Fixtures.VO_CUONG);
		signIn("congan");
		page.navigate("http://localhost:" + port + "/field");
		assertThat(page.locator("body")).hasAttribute("data-ready", "true");
		Locator size = page.getByTestId("field-copy-size");
		assertThat(size).hasText(Pattern.compile("Bản sao trên máy: [1-9]\\d* xã, \\d+ điểm, [\\d.,]+ (KB|MB)"));

		Map<String, List<String>> near = copy();
		Assertions.assertThat(near.get("communes")).contains("09190").hasSizeLessThan(COMMUNES / 4);
		Assertions.assertThat(near.get("communes")).containsAll(near.get("siteCommunes"));
		Assertions.assertThat((long) near.get("siteCommunes").size()).isPositive().isLessThan(province);
		assertThat(size).containsText(near.get("communes").size() + " xã, " + near.get("siteCommunes").size() + " điểm");
		// online, the list is still the whole province's
		assertThat(page.getByTestId("field-count")).hasText(Pattern.compile(province + " cơ sở"));

		// Văn Môn, 13 km west, is not near: the officer picks it
		Assertions.assertThat(near.get("communes")).doesNotContain("09238");
		page.getByTestId("field-copy-pick").locator("summary").tap();
		Locator vanMon = page.locator("[data-testid=field-copy-commune][data-code='09238']");
		Locator voCuong = page.locator("[data-testid=field-copy-commune][data-code='09190'] input");
		assertThat(voCuong).isChecked();
		assertThat(voCuong).isDisabled();
		vanMon.tap();
		assertThat(vanMon.locator("input")).isChecked();
		int kept = near.get("communes").size() + 1;
		assertThat(size).containsText("Bản sao trên máy: " + kept + " xã");
		Map<String, List<String>> picked = copy();
		Assertions.assertThat(picked.get("communes")).contains("09190", "09238").hasSize(kept);
		Assertions.assertThat(picked.get("siteCommunes")).contains("09238");
		Assertions.assertThat(Phone.smallTargets(page, "[data-testid=field-copy]")).as("touch targets under 44 px")
			.isEmpty();
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("field-police-copy.png")));

		// without a connection the page lists the copy: the sites of the communes kept, no others
		context.setOffline(true);
		page.reload();
		assertThat(page.locator("body")).hasAttribute("data-ready", "true");
		assertThat(page.getByTestId("field-count")).hasText(picked.get("siteCommunes").size() + " cơ sở");
		List<String> listed = new ArrayList<>(page.locator("[data-testid=field-site]").all().stream()
			.map(row -> row.getAttribute("data-site-id")).toList());
		Assertions.assertThat(listed).isNotEmpty();
		context.setOffline(false);
	}

	@Test
	void theCopyAlsoKeepsTheSitesOfThePatrolFollowedOnThePhoneWhereverTheyAre() {
		// a plan with a stop in Văn Môn, 13 km west of the phone: its commune is not kept, its site is
		String name = Fixtures.unique("Lò nấu nhôm điểm dừng xa");
		long far = Fixtures.site(new Api(port, "moitruong"), name, Fixtures.VAN_MON);
		long plan = PatrolPlans.plan(jdbc, List.of(far));
		usePhoneAt(Fixtures.VO_CUONG);
		signIn("congan");
		page.navigate("http://localhost:" + port + "/patrol.html?plan=" + plan);
		page.getByTestId("patrol-team").fill("Tổ tuần tra có bản sao");
		page.getByTestId("patrol-create").tap();
		assertThat(page.getByTestId("patrol-status")).hasAttribute("data-status", "planned");

		page.navigate("http://localhost:" + port + "/field");
		assertThat(page.locator("body")).hasAttribute("data-ready", "true");
		Locator size = page.getByTestId("field-copy-size");
		assertThat(size).hasText(Pattern.compile("Bản sao trên máy: [1-9]\\d* xã, \\d+ điểm, [\\d.,]+ (KB|MB)"));
		Map<String, List<String>> kept = copy();
		Assertions.assertThat(kept.get("communes")).contains("09190").doesNotContain("09238");
		Assertions.assertThat(kept.get("siteIds")).contains(String.valueOf(far));
		assertThat(size).containsText(kept.get("communes").size() + " xã, " + kept.get("siteIds").size() + " điểm");

		// without a connection the stop is in the list
		context.setOffline(true);
		page.reload();
		assertThat(page.locator("body")).hasAttribute("data-ready", "true");
		assertThat(page.getByTestId("field-count")).hasText(kept.get("siteIds").size() + " cơ sở");
		page.getByTestId("field-search").fill(name);
		assertThat(page.locator("[data-testid=field-site][data-site-id='" + far + "']")).hasCount(1);
		context.setOffline(false);
	}

	private void usePhoneAt(double[] lonLat) {
		context.close();
		context = browser.newContext(Phone.options());
		context.setDefaultTimeout(20_000);
		context.grantPermissions(List.of("geolocation"));
		context.setGeolocation(new Geolocation(lonLat[1], lonLat[0]).setAccuracy(15));
		page = context.newPage();
		page.onConsoleMessage(message -> {
			if (isCspViolation(message.text())) {
				cspViolations.add(message.text());
			}
		});
	}
}
