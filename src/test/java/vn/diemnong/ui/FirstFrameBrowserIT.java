package vn.diemnong.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.BoundingBox;

import org.assertj.core.api.Assertions;
import org.assertj.core.data.Offset;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import vn.diemnong.IntegrationTest;

/**
 * The map's first frame (js/early/first-frame.js): drawn from the answers written into the page before the app's
 * bundle runs, with each commune and site where Leaflet then draws it and in the same colours, and gone once Leaflet
 * has drawn its own.
 */
@IntegrationTest
class FirstFrameBrowserIT extends BrowserTest {

	private static final String FRAME_COMMUNES = "#first-frame path.commune-area";

	// each shape by id (Leaflet's data-code or data-site-id, the first frame's data-id): its box relative to the map
	// area [left, top, width, height] and its fill
	private static final String SHAPES = """
			(selector) => {
			  const map = document.getElementById('map').getBoundingClientRect();
			  return Object.fromEntries([...document.querySelectorAll(selector)].map((el) => {
			    const box = el.getBoundingClientRect();
			    return [el.dataset.id ?? el.dataset.code ?? el.dataset.siteId,
			            { box: [box.left - map.left, box.top - map.top, box.width, box.height], fill: el.getAttribute('fill') }];
			  }));
			}""";

	// the first frame's markers, paths of circles (js/early/first-frame.js markerPaths): each circle (a subpath, its id at
	// the same place in data-ids) by id, its box in screen pixels relative to the map area and its path's fill
	private static final String MERGED_MARKERS = """
			() => {
			  const map = document.getElementById('map').getBoundingClientRect();
			  const shapes = {};
			  for (const path of document.querySelectorAll('#first-frame path.site-marker')) {
			    const ids = path.dataset.ids.split(' ');
			    const ctm = path.getScreenCTM();
			    const circles = [...path.getAttribute('d').matchAll(/M(-?[0-9.]+) (-?[0-9.]+)a([0-9.e+-]+) /g)];
			    if (circles.length !== ids.length) throw new Error(`${circles.length} circles, ${ids.length} ids`);
			    circles.forEach(([, x, y, r], i) => {
			      const centre = new DOMPoint(Number(x) + Number(r), Number(y)).matrixTransform(ctm);
			      const radius = Number(r) * ctm.a;
			      shapes[ids[i]] = { box: [centre.x - radius - map.left, centre.y - radius - map.top, 2 * radius, 2 * radius],
			                         fill: path.getAttribute('fill') };
			    });
			  }
			  return shapes;
			}""";

	// each request of the page to the service, by its path and query: when it started and how often
	private static final String ASKED = """
			() => {
			  const asked = {};
			  for (const entry of performance.getEntriesByType('resource')) {
			    const url = new URL(entry.name);
			    if (url.origin !== location.origin) continue;
			    const what = (asked[url.pathname + url.search] ??= { times: 0, start: entry.startTime });
			    what.times++;
			  }
			  return { drawn: performance.getEntriesByName('first-frame-drawn')[0]?.startTime ?? null, asked };
			}""";

	// the map area at a given size, as the app's header and filters leave it
	private static final String SIZE_THE_MAP = """
			([width, height]) => {
			  const map = document.getElementById('map');
			  Object.assign(map.style, { inset: 'auto', left: '0', top: '0', width: `${width}px`, height: `${height}px` });
			  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
			}""";

	@Test
	void theFirstFrameDrawsEachShapeWhereAndAsLeafletThenDrawsItAndMakesWayForLeaflet() {
		signIn("moitruong");
		openAsIs("");
		// Leaflet has taken over: one set of shapes, the first frame gone
		assertThat(page.locator("#first-frame")).hasCount(0);
		assertThat(page.locator("path.commune-area")).hasCount(COMMUNES);
		Map<String, Shape> communes = shapes(COMMUNE_AREAS);
		Map<String, Shape> areas = shapes(".leaflet-siteAreas-pane path.site-area");
		Map<String, Shape> markers = shapes(".leaflet-sites-pane path.site-marker");
		BoundingBox map = page.getByTestId("map").boundingBox();

		// the same page with the app's bundle held back shows only the first frame
		page.route("**/js/app.js", Route::abort);
		page.navigate("http://localhost:" + port + "/");
		assertThat(page.locator(FRAME_COMMUNES)).hasCount(COMMUNES);
		assertThat(page.locator("#first-frame")).hasAttribute("aria-hidden", "true");
		page.evaluate(SIZE_THE_MAP, List.of(map.width, map.height));

		assertSameShapes(shapes(FRAME_COMMUNES), communes, 2.0, "communes");
		assertSameShapes(shapes("#first-frame path.site-area"), areas, 2.0, "compound sites' areas");
		assertSameShapes(shapes(MERGED_MARKERS, null), markers, 1.5, "site markers");
		// a path for each style in each part of the map
		Assertions.assertThat(page.locator("#first-frame path.site-marker").count()).as("the markers' paths")
			.isLessThan(markers.size() / 5);
		page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
			.setPath(SCREENSHOTS.resolve("first-frame.png")));
	}

	@Test
	@SuppressWarnings("unchecked")
	void whatThePageDoesNotCarryIsAskedForAfterTheFirstFrameAndOnlyOnce() {
		signIn("moitruong");
		openAsIs("");
		Map<String, Object> seen = (Map<String, Object>) page.evaluate(ASKED);
		double drawn = ((Number) seen.get("drawn")).doubleValue();
		Map<String, Map<String, Number>> asked = (Map<String, Map<String, Number>>) seen.get("asked");
		List<String> answers = asked.keySet().stream()
			.filter((url) -> url.startsWith("/api/v1/sites?") || url.startsWith("/api/v1/communes?")
					|| url.startsWith("/i18n/"))
			.toList();
		// the sites in full and the words in both languages (and the communes, when Leaflet's view wants them finer than
		// the page's)
		Assertions.assertThat(answers).as("the answers asked for: %s", asked.keySet())
			.contains("/api/v1/sites?limit=5000", "/i18n/vi.json", "/i18n/en.json");
		answers.forEach((url) -> {
			Assertions.assertThat(asked.get(url).get("times").intValue()).as("%s asked for more than once (the app"
					+ " takes what the page asked for)", url).isEqualTo(1);
			// asked for while the first frame was rastered, their work held up the frames that show it (2 cores)
			Assertions.assertThat(asked.get(url).get("start").doubleValue()).as("%s asked for before the first frame", url)
				.isGreaterThan(drawn);
		});
		Assertions.assertThat(asked.keySet()).as("the page's own answers, not asked for")
			.noneMatch((url) -> url.startsWith("/api/v1/me") || url.startsWith("/api/v1/config"));
	}

	@Test
	void aLinksStateOrACommunesOwnViewIsLeftToLeaflet() {
		page.route("**/js/app.js", Route::abort);
		signIn("moitruong");
		page.navigate("http://localhost:" + port + "/?layer=gi");
		assertThat(page.getByTestId("map")).isAttached();
		assertThat(page.locator("#first-frame")).hasCount(0);

		page.navigate("http://localhost:" + port + "/");
		assertThat(page.locator(FRAME_COMMUNES)).hasCount(COMMUNES);

		// a commune's staff opens on their commune (commune/commune-view.js), not on the province
		signIn("xa.vocuong");
		page.navigate("http://localhost:" + port + "/");
		assertThat(page.getByTestId("map")).isAttached();
		assertThat(page.locator("#first-frame")).hasCount(0);
	}

	@Test
	void thePublicMapHasAFirstFrameToo() {
		openAsIs("");
		assertThat(page.locator("#first-frame")).hasCount(0);
		page.route("**/js/app.js", Route::abort);
		page.navigate("http://localhost:" + port + "/");
		assertThat(page.locator(FRAME_COMMUNES)).hasCount(COMMUNES);
		assertThat(page.locator("#first-frame path.site-marker").first()).isAttached();
	}

	private record Shape(List<Double> box, String fill) {
	}

	private Map<String, Shape> shapes(String selector) {
		return shapes(SHAPES, selector);
	}

	@SuppressWarnings("unchecked")
	private Map<String, Shape> shapes(String script, @Nullable String selector) {
		Map<String, Map<String, Object>> raw = (Map<String, Map<String, Object>>) page.evaluate(script, selector);
		Map<String, Shape> shapes = new java.util.TreeMap<>();
		raw.forEach((id, shape) -> shapes.put(id, new Shape(((List<Number>) shape.get("box")).stream()
			.map(Number::doubleValue).toList(), (String) shape.get("fill"))));
		return shapes;
	}

	private static void assertSameShapes(Map<String, Shape> first, Map<String, Shape> leaflet, double pixels, String what) {
		Assertions.assertThat(first.keySet()).as(what + " in the first frame").isEqualTo(leaflet.keySet()).isNotEmpty();
		leaflet.forEach((id, drawn) -> {
			Shape early = first.get(id);
			for (int i = 0; i < 4; i++) {
				Assertions.assertThat(early.box().get(i)).as("%s %s: box %s against Leaflet's %s", what, id, early.box(),
						drawn.box()).isCloseTo(drawn.box().get(i), Offset.offset(pixels));
			}
			Assertions.assertThat(early.fill()).as("%s %s: fill", what, id).isEqualTo(drawn.fill());
		});
	}
}
