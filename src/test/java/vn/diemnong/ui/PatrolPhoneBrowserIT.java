package vn.diemnong.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

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
 * A plan followed on a phone (360 × 740): the patrol started, each stop's outcome recorded, the patrol finished; at a
 * stop without a connection, a field observation with a photo and the outcome citing it, sent once when the
 * connection is back; the track recorded offline, kept in the browser's IndexedDB and sent once.
 */
@IntegrationTest
class PatrolPhoneBrowserIT extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void anOfficerFollowsAPlanStopByStopAndRecordsTheOutcomes() {
		Api environment = new Api(port, "moitruong");
		String first = Fixtures.unique("Lò nấu nhôm Võ Cường");
		String second = Fixtures.unique("Xưởng tái chế giấy");
		long plan = twoStopPlan(environment, first, second);
		context.close();
		context = browser.newContext(Phone.options().setPermissions(List.of("geolocation"))
			.setGeolocation(new Geolocation(Fixtures.VO_CUONG[1], Fixtures.VO_CUONG[0]).setAccuracy(10)));
		context.setDefaultTimeout(20_000);
		page = context.newPage();
		page.onConsoleMessage(message -> {
			if (isCspViolation(message.text())) {
				cspViolations.add(message.text());
			}
		});
		signIn("congan");
		page.navigate("http://localhost:" + port + "/patrol.html?plan=" + plan);

		page.getByTestId("patrol-team").fill("Tổ tuần tra số 1");
		page.getByTestId("patrol-create").click();
		assertThat(page.getByTestId("patrol-status")).hasAttribute("data-status", "planned");
		page.getByTestId("patrol-start").click();
		assertThat(page.getByTestId("patrol-status")).hasAttribute("data-status", "in_progress");

		assertThat(page.getByTestId("patrol-next-stop")).hasAttribute("data-order", "1");
		assertThat(page.getByTestId("patrol-next-stop")).containsText(first);
		assertThat(page.getByTestId("patrol-next-stop")).containsText("Vi phạm");
		Assertions.assertThat(page.getByTestId("patrol-navigate").getAttribute("href")).startsWith("geo:21.1");
		page.getByTestId("patrol-found").fill("Lò đang đỏ lửa, khói đen");
		page.getByTestId("patrol-visited").click();

		assertThat(page.getByTestId("patrol-next-stop")).hasAttribute("data-order", "2");
		assertThat(page.getByTestId("patrol-next-stop")).containsText(second);
		assertThat(page.getByTestId("patrol-queue")).hasText("Đã gửi hết.");
		Assertions.assertThat(Phone.smallTargets(page, "[data-testid=patrol-phone]")).isEmpty();
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("patrol-phone.png")));

		page.getByTestId("patrol-not-reachable").click();
		assertThat(page.getByTestId("patrol-all-done")).isVisible();
		assertThat(page.locator("[data-testid=patrol-stop-list] li[data-outcome=visited]")).hasCount(1);
		assertThat(page.locator("[data-testid=patrol-stop-list] li[data-outcome=not_reachable]")).hasCount(1);
		page.getByTestId("patrol-finish").click();
		assertThat(page.getByTestId("patrol-status")).hasAttribute("data-status", "done");

		List<String> outcomes = jdbc.sql("""
				SELECT o.outcome || ':' || coalesce(o.found, '') FROM patrol_stop_outcome o JOIN patrol p ON p.id = o.patrol_id
				WHERE p.plan_id = ? ORDER BY o.stop_order""").param(plan).query(String.class).list();
		Assertions.assertThat(outcomes).containsExactly("visited:Lò đang đỏ lửa, khói đen", "not_reachable:");
		assertThat(page.getByTestId("patrol-coverage")).containsText("Độ phủ tuần tra");
	}

	@Test
	void offlineAtAStopTheObservationWithAPhotoAndTheOutcomeWaitAndAreSentOnceTheOutcomeCitingIt() {
		Api environment = new Api(port, "moitruong");
		String name = Fixtures.unique("Lò đúc đồng Đại Bái");
		long site = Fixtures.site(environment, name, Fixtures.VO_CUONG);
		long plan = PatrolPlans.plan(jdbc, List.of(site));
		usePhoneAt(Fixtures.VO_CUONG);
		signIn("congan");
		long patrol = startPatrol(plan, "Tổ tuần tra ngoại tuyến");
		String note = "Khói đen khi mất sóng " + UUID.randomUUID();

		context.setOffline(true);
		page.getByTestId("patrol-found").fill("Lò đang nấu, có người làm");
		assertThat(page.getByTestId("patrol-observation")).hasAttribute("data-state", "none");
		page.getByTestId("patrol-observe").tap();
		// the field page's own form, for the stop's site
		Locator form = page.getByTestId("field-form");
		assertThat(form).isVisible();
		assertThat(page.getByTestId("field-form-title")).containsText(name);
		page.getByTestId("field-finding-working").tap();
		page.getByTestId("field-finding-smoke_or_smell").tap();
		page.getByTestId("field-note").fill(note);
		page.getByTestId("field-photos").setInputFiles(FieldPageBrowserIT.photo("diem-dung-1.jpg"));
		assertThat(page.getByTestId("field-thumbs").locator("img")).hasCount(1);
		assertThat(page.getByTestId("field-form-position")).containsText("±10 m");
		Assertions.assertThat(Phone.smallTargets(page, "[data-testid=field-form]")).as("touch targets under 44 px").isEmpty();
		form.screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("patrol-stop-observation.png")));
		page.getByTestId("field-save").tap();

		// back at the stop: what was typed kept, the observation waiting on the phone
		assertThat(page.getByTestId("patrol-observation")).hasAttribute("data-state", "waiting");
		assertThat(page.getByTestId("patrol-found")).hasValue("Lò đang nấu, có người làm");
		assertThat(page.getByTestId("patrol-observe")).hasCount(0);
		page.getByTestId("patrol-visited").tap();
		assertThat(page.getByTestId("patrol-all-done")).isVisible();
		assertThat(page.getByTestId("patrol-queue")).hasText("2 mục đang chờ gửi");
		assertThat(page.getByTestId("field-item")).hasAttribute("data-state", "waiting");
		assertThat(page.getByTestId("field-item")).containsText("1 ảnh");
		// both kept in the browser's IndexedDB: the observation with its photo, the outcome naming it
		Map<?, ?> stored = (Map<?, ?>) page.evaluate(STORED);
		Assertions.assertThat(((Number) stored.get("observations")).intValue()).isEqualTo(1);
		Assertions.assertThat(((Number) stored.get("photos")).intValue()).isEqualTo(1);
		Assertions.assertThat(stored.get("outcomeCites")).isEqualTo(stored.get("observationKey"));
		Assertions.assertThat(observationsWith(site, note)).as("nothing on the service while offline").isEmpty();
		Assertions.assertThat(outcomes(patrol)).isEmpty();

		context.setOffline(false);
		assertThat(page.getByTestId("patrol-queue")).hasText("Đã gửi hết.");
		assertThat(page.getByTestId("field-item")).hasAttribute("data-state", "sent");
		List<Long> observations = observationsWith(site, note);
		Assertions.assertThat(observations).as("the observation, once").hasSize(1);
		Assertions.assertThat(jdbc.sql("SELECT count(*) FROM observation_photo WHERE observation_id = ?")
			.param(observations.get(0)).query(Long.class).single()).isEqualTo(1);
		Assertions.assertThat(outcomes(patrol)).as("the outcome, once, citing the observation")
			.containsExactly("visited:Lò đang nấu, có người làm:" + observations.get(0));
		// another try (the connection coming back again) sends nothing twice
		page.evaluate("() => window.dispatchEvent(new Event('online'))");
		assertThat(page.getByTestId("patrol-queue")).hasText("Đã gửi hết.");
		Assertions.assertThat(observationsWith(site, note)).hasSize(1);
		Assertions.assertThat(outcomes(patrol)).hasSize(1);

		// the visit in the site's history, with the observation it cites
		page.setViewportSize(1400, 900);
		page.navigate("http://localhost:" + port + "/?site=" + site);
		Locator visit = page.locator("[data-testid=site-panel] [data-testid=history-entry][data-type=patrol]");
		visit.scrollIntoViewIfNeeded();
		assertThat(visit).containsText("đã đến");
		assertThat(visit).containsText(String.valueOf(observations.get(0)));
		assertThat(page.locator("[data-testid=site-panel] [data-testid=history-entry][data-type=observation]")
			.filter(new Locator.FilterOptions().setHasText(note))).hasCount(1);
	}

	@Test
	void theTrackRecordedOfflineWaitsInIndexedDbAndIsSentOnce() {
		Api environment = new Api(port, "moitruong");
		long site = Fixtures.site(environment, Fixtures.unique("Bãi phế liệu Đào Xá"), Fixtures.VO_CUONG);
		long plan = PatrolPlans.plan(jdbc, List.of(site));
		usePhoneAt(Fixtures.VO_CUONG);
		signIn("congan");
		long patrol = startPatrol(plan, "Tổ ghi lộ trình");

		context.setOffline(true);
		Locator track = page.getByTestId("patrol-track");
		// the position the phone had when the patrol started
		assertThat(track).not().hasAttribute("data-points", "0");
		// the phone moves: a batch is sealed at 20 positions (or when its first is a minute old)
		int taken = Integer.parseInt(track.getAttribute("data-points"));
		for (int i = taken + 1; i <= 20; i++) {
			context.setGeolocation(new Geolocation(Fixtures.VO_CUONG[1] + i * 0.0004, Fixtures.VO_CUONG[0] + i * 0.0003)
				.setAccuracy(10));
			assertThat(track).hasAttribute("data-points", String.valueOf(i));
		}
		assertThat(page.getByTestId("patrol-queue")).not().hasAttribute("data-waiting", "0");
		Map<?, ?> stored = (Map<?, ?>) page.evaluate(TRACK_STORED);
		List<?> keys = (List<?>) stored.get("keys");
		Assertions.assertThat(keys).as("track batches kept in IndexedDB").isNotEmpty();
		Assertions.assertThat(((Number) stored.get("points")).intValue()).isEqualTo(20);
		Assertions.assertThat(batches(patrol)).as("nothing on the service while offline").isEmpty();

		context.setOffline(false);
		assertThat(page.getByTestId("patrol-queue")).hasText("Đã gửi hết.");
		page.evaluate("() => window.dispatchEvent(new Event('online'))");
		assertThat(page.getByTestId("patrol-queue")).hasText("Đã gửi hết.");
		Map<String, Long> sent = batches(patrol);
		Assertions.assertThat(sent.keySet()).as("each batch once, under its key").containsExactlyInAnyOrderElementsOf(
				keys.stream().map(String::valueOf).toList());
		Assertions.assertThat(sent.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(20);
		Assertions.assertThat(jdbc.sql("SELECT count(*) FROM patrol_track_point WHERE patrol_id = ?").param(patrol)
			.query(Long.class).single()).isEqualTo(20);
		Assertions.assertThat(((Number) ((Map<?, ?>) page.evaluate(TRACK_STORED)).get("points")).intValue())
			.as("nothing left on the phone").isZero();
	}

	@Test
	void thePlanOpensAgainWithoutAConnectionAndAnOutcomeRecordedThenIsSentOnce() {
		Api environment = new Api(port, "moitruong");
		String first = Fixtures.unique("Lò nấu chì ngoại tuyến");
		String second = Fixtures.unique("Bãi phế liệu ngoại tuyến");
		long plan = twoStopPlan(environment, first, second);
		usePhoneAt(Fixtures.VO_CUONG);
		signIn("congan");
		long patrol = startPatrol(plan, "Tổ tuần tra mất sóng");
		// the page's own service worker; the patrol as last loaded kept by it
		Assertions.assertThat(page.evaluate("() => navigator.serviceWorker.ready.then((r) => r.active.scriptURL)"))
			.asString().endsWith("/patrol-sw.js");
		page.waitForFunction("(id) => caches.open('diemnong-patrol-v1').then((cache) => cache.match('/api/v1/patrols/' + id))"
				+ ".then((answer) => answer ? answer.json() : null).then((kept) => kept?.status === 'in_progress')", String.valueOf(patrol));

		context.setOffline(true);
		page.reload();
		assertThat(page.getByTestId("patrol-status")).hasAttribute("data-status", "in_progress");
		assertThat(page.getByTestId("patrol-next-stop")).hasAttribute("data-order", "1");
		assertThat(page.getByTestId("patrol-next-stop")).containsText(first);
		assertThat(page.locator("[data-testid=patrol-stop-list] li")).hasCount(2);
		assertThat(page.getByTestId("patrol-stop-list")).containsText(second);

		page.getByTestId("patrol-found").fill("Cửa đóng, không có người");
		page.getByTestId("patrol-visited").tap();
		assertThat(page.getByTestId("patrol-next-stop")).hasAttribute("data-order", "2");
		assertThat(page.getByTestId("patrol-queue")).hasText("1 mục đang chờ gửi");
		// opened again, still offline: the outcome waits on the phone and counts as recorded
		page.reload();
		assertThat(page.getByTestId("patrol-next-stop")).hasAttribute("data-order", "2");
		assertThat(page.getByTestId("patrol-queue")).hasText("1 mục đang chờ gửi");
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("patrol-phone-offline.png")));
		Assertions.assertThat(outcomes(patrol)).as("nothing on the service while offline").isEmpty();

		context.setOffline(false);
		assertThat(page.getByTestId("patrol-queue")).hasText("Đã gửi hết.");
		page.evaluate("() => window.dispatchEvent(new Event('online'))");
		assertThat(page.getByTestId("patrol-queue")).hasText("Đã gửi hết.");
		Assertions.assertThat(outcomes(patrol)).as("the outcome, once").containsExactly("visited:Cửa đóng, không có người:");
	}

	// what the phone keeps in IndexedDB: the observations' outbox (/field's) and the patrol's outbox
	private static final String STORED = """
			async () => {
			  const all = (name, store) => new Promise((resolve, reject) => {
			    const open = indexedDB.open(name);
			    open.onerror = () => reject(open.error);
			    open.onsuccess = () => {
			      const request = open.result.transaction(store).objectStore(store).getAll();
			      request.onsuccess = () => { open.result.close(); resolve(request.result); };
			    };
			  });
			  const observations = (await all('diemnong-field', 'queue')).filter((item) => item.state === 'waiting');
			  const outcomes = (await all('diemnong-patrol', 'outbox')).filter((item) => item.kind === 'outcome');
			  return { observations: observations.length, photos: observations.reduce((n, o) => n + o.photos.filter((p) => p.blob instanceof Blob).length, 0),
			    observationKey: observations[0]?.key ?? null, outcomeCites: outcomes[0]?.observationKey ?? 'none' };
			}""";

	private static final String TRACK_STORED = """
			async () => {
			  const items = await new Promise((resolve, reject) => {
			    const open = indexedDB.open('diemnong-patrol');
			    open.onerror = () => reject(open.error);
			    open.onsuccess = () => {
			      const request = open.result.transaction('outbox').objectStore('outbox').getAll();
			      request.onsuccess = () => { open.result.close(); resolve(request.result); };
			    };
			  });
			  const track = items.filter((item) => item.kind === 'track');
			  return { keys: track.map((item) => item.id), points: track.reduce((n, item) => n + item.body.points.length, 0) };
			}""";

	/** A phone at [lon, lat] (±10 m), its position given to the page. */
	private void usePhoneAt(double[] lonLat) {
		context.close();
		context = browser.newContext(Phone.options().setPermissions(List.of("geolocation"))
			.setGeolocation(new Geolocation(lonLat[1], lonLat[0]).setAccuracy(10)));
		context.setDefaultTimeout(20_000);
		page = context.newPage();
		page.onConsoleMessage(message -> {
			if (isCspViolation(message.text())) {
				cspViolations.add(message.text());
			}
		});
	}

	/** Opens the plan on the phone, creates and starts its patrol; its id. */
	private long startPatrol(long plan, String team) {
		page.navigate("http://localhost:" + port + "/patrol.html?plan=" + plan);
		page.getByTestId("patrol-team").fill(team);
		page.getByTestId("patrol-create").tap();
		page.getByTestId("patrol-start").tap();
		assertThat(page.getByTestId("patrol-status")).hasAttribute("data-status", "in_progress");
		assertThat(page.getByTestId("patrol-next-stop")).hasAttribute("data-order", "1");
		return jdbc.sql("SELECT id FROM patrol WHERE plan_id = ?").param(plan).query(Long.class).single();
	}

	private List<Long> observationsWith(long site, String note) {
		return jdbc.sql("SELECT id FROM observation WHERE site_id = ? AND note = ?").param(site).param(note)
			.query(Long.class).list();
	}

	private List<String> outcomes(long patrol) {
		return jdbc.sql("""
				SELECT outcome || ':' || coalesce(found, '') || ':' || coalesce(observation_id::text, '')
				FROM patrol_stop_outcome WHERE patrol_id = ? ORDER BY stop_order""").param(patrol).query(String.class).list();
	}

	private Map<String, Long> batches(long patrol) {
		Map<String, Long> batches = new java.util.HashMap<>();
		jdbc.sql("SELECT idempotency_key, point_count FROM patrol_track_batch WHERE patrol_id = ?").param(patrol)
			.query((rs, n) -> batches.put(rs.getString(1), rs.getLong(2))).list();
		return batches;
	}

	/** A plan of two stops: the first at Võ Cường's point, the second about 0.6 km north-east of it. */
	private long twoStopPlan(Api environment, String first, String second) {
		return PatrolPlans.plan(jdbc, List.of(Fixtures.site(environment, first, Fixtures.VO_CUONG),
				Fixtures.site(environment, second, new double[] { 106.0650, 21.1710 })));
	}
}
