package vn.diemnong.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;

import vn.diemnong.IntegrationTest;

/**
 * Every word a Vietnamese user reads on the demo map is Vietnamese: a documented site (the Phong Khê village and a
 * cluster drawn apart from it), a synthetic one and a sample judged by a recalled or not-retrieved limit show no
 * English word of a list and no untranslated message key or code; switched to English, the texts the data gives in
 * two languages are English.
 */
@IntegrationTest
class WordsBrowserIT extends BrowserTest {

	/** English words that the data and regulation texts used to put on the Vietnamese page. */
	private static final Pattern ENGLISH = Pattern.compile("(?i)\\b(approx|representative|polygon|synthetic|generated"
			+ "|seed|recalled|retrieved|carried|corroborated|verified|location|sites?|violations?|inspections?|source"
			+ "|households?|facilit(y|ies)|relocate|survey|planned|largest|per|the|and|of|with|not|unknown|drawn"
			+ "|offset|bearing|diemnong)\\b");
	/** A code shown as it is, e.g. craft_village or operatorName when a translation is missing. */
	private static final Pattern CODE = Pattern.compile("\\b[a-z]+(_[a-z_]+|[A-Z][A-Za-z]*)\\b");
	private static final Pattern KEY = Pattern.compile("^\\s*\"([^\"]+)\"\\s*:", Pattern.MULTILINE);
	private static final List<String> VIETNAMESE_ONLY = List.of("gần đúng", "KHÔNG phải", "mô phỏng", "hạt giống",
			"Vị trí vẽ lệch", "chưa tra được", "ghi theo trí nhớ", "Quy hoạch", "theo nguồn");

	// The page's texts without the base map's attribution (the tile provider's own English).
	private static final String VISIBLE_TEXT = """
			() => {
			  const attribution = document.querySelector('.leaflet-control-attribution')?.innerText ?? '';
			  const titles = [...document.querySelectorAll('#side [title]')].map((el) => el.title);
			  return [document.body.innerText.replace(attribution, ''), ...titles].join('\\n');
			}""";

	private static final String SITES = """
			async () => {
			  const json = (url) => fetch(url).then((r) => r.json());
			  const byName = async (q, name) => (await json(`/api/v1/sites?q=${encodeURIComponent(q)}&limit=50`))
			    .features.find((f) => f.properties.name === name);
			  const village = await byName('Phong Khê', 'Làng nghề tái chế giấy Phong Khê (thôn Dương Ổ, Châm Khê, Đào Xá)');
			  const cluster = await byName('Phong Khê', 'Cụm công nghiệp Phong Khê I');
			  const members = await json('/api/v1/sites?kind=household_workshop,recycling_facility&limit=400');
			  let sampled = null;
			  for (const f of members.features) {
			    const history = await json(`/api/v1/sites/${f.id}/history`);
			    const unverified = history.entries.some((e) => (e.samples || [])
			      .some((s) => /^(recalled|not retrieved)/i.test(s.verification || '')));
			    if (unverified) { sampled = f; break; }
			  }
			  return { village: String(village.id), cluster: String(cluster.id), sampled: sampled && String(sampled.id) };
			}""";

	@Test
	void theVietnamesePageShowsNoEnglishAndNoKeys() throws IOException {
		Map<String, String> sites = sites();
		List<String> keys = keys();
		for (String id : List.of(sites.get("village"), sites.get("cluster"), sites.get("sampled"))) {
			Locator panel = openSite("?site=" + id, id);
			String text = (String) page.evaluate(VISIBLE_TEXT);
			Assertions.assertThat(matches(ENGLISH, text)).as("English words on the Vietnamese page of site " + id)
				.isEmpty();
			Assertions.assertThat(matches(CODE, text)).as("codes on the page of site " + id).isEmpty();
			Assertions.assertThat(keys).as("message keys on the page of site " + id).noneMatch(text::contains);
			assertThat(panel.getByTestId("location-precision")).isVisible();
		}
		assertThat(page.getByTestId("site-panel").locator(".samples .warn").first()).isVisible();
	}

	@Test
	void theEnglishPageShowsTheDataInEnglish() {
		Map<String, String> sites = sites();
		for (String id : List.of(sites.get("village"), sites.get("cluster"), sites.get("sampled"))) {
			Locator panel = openSite("?lang=en&site=" + id, id);
			assertThat(panel.getByTestId("location-precision")).isVisible();
			String text = panel.getByTestId("location-precision").innerText() + "\n"
					+ panel.getByTestId("site-facts").innerText() + "\n"
					+ String.join("\n", panel.locator(".samples .warn").allInnerTexts());
			Assertions.assertThat(VIETNAMESE_ONLY).as("Vietnamese texts on the English page of site " + id)
				.noneMatch(text::contains);
			Assertions.assertThat(panel.innerText()).as("English counts")
				.doesNotContainPattern("(?<![\\d.,])1 (violations|sites|inspections|pts)\\b");
		}
		// amounts with English separators: ₫1,250,000, not 1.250.000 ₫
		Locator fines = page.getByTestId("site-totals");
		Assertions.assertThat(fines.innerText()).doesNotContainPattern("\\d\\.\\d{3}");
	}

	@Test
	void theDepartmentIsNamedOnceAndThePageHasAnIcon() {
		open("");
		Locator account = page.getByTestId("account");
		Assertions.assertThat(account.innerText().split("Sở Nông nghiệp và Môi trường", -1)).hasSize(2);
		String icon = page.locator("link[rel=icon]").getAttribute("href");
		Assertions.assertThat(context.request().get("http://localhost:" + port + "/" + icon).status()).isEqualTo(200);
	}

	@Test
	void theSearchListSaysHowManyMoreAndCloses() {
		open("");
		search("ho");
		Locator list = page.getByTestId("search-results");
		assertThat(list).isVisible();
		assertThat(page.getByTestId("search-result")).hasCount(50);
		assertThat(page.getByTestId("search-results-more")).containsText("hãy tìm cụ thể hơn");
		page.keyboard().press("Escape");
		assertThat(list).hasCount(0);
		search("phong khe");
		assertThat(list).isVisible();
		page.getByTestId("search-results-close").click();
		assertThat(list).hasCount(0);
		search("ho");
		assertThat(list).isVisible();
		page.getByTestId("map").click(new Locator.ClickOptions().setPosition(700, 600));
		assertThat(list).hasCount(0);
	}

	private void search(String q) {
		page.getByTestId("filter-q").fill(q);
		page.getByTestId("filter-q").press("Enter");
		assertThat(page).hasURL(Pattern.compile("[?&]q=" + q.replace(" ", "(\\+|%20)") + "(&|$)"));
	}

	private Locator openSite(String query, String id) {
		openAsIs(query);
		Locator panel = page.getByTestId("site-panel");
		assertThat(panel).hasAttribute("data-site-id", id);
		assertThat(panel.getByTestId("history-entry").first()).isVisible();
		return panel;
	}

	@SuppressWarnings("unchecked")
	private Map<String, String> sites() {
		open("");
		Map<String, String> sites = (Map<String, String>) page.evaluate(SITES);
		Assertions.assertThat(sites.get("sampled")).as("a synthetic site with a sample judged by an unverified limit")
			.isNotNull();
		return sites;
	}

	private static List<String> keys() throws IOException {
		List<String> keys = new ArrayList<>();
		Matcher matcher = KEY.matcher(Files.readString(Path.of("frontend", "i18n", "vi.json")));
		while (matcher.find()) {
			keys.add(matcher.group(1));
		}
		Assertions.assertThat(keys).hasSizeGreaterThan(300);
		return keys;
	}

	private static List<String> matches(Pattern pattern, String text) {
		List<String> found = new ArrayList<>();
		for (String line : text.split("\n")) {
			if (pattern.matcher(line).find()) {
				found.add(line);
			}
		}
		return found;
	}
}
