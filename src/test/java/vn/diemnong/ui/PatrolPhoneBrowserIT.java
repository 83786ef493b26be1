package vn.diemnong.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Geolocation;

import vn.diemnong.Api;
import vn.diemnong.Fixtures;
import vn.diemnong.IntegrationTest;
import vn.diemnong.patrol.execution.PatrolPlans;

/** A plan followed on a phone (360 × 740): the patrol started, each stop's outcome recorded, the patrol finished. */
@IntegrationTest
class PatrolPhoneBrowserIT extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void anOfficerFollowsAPlanStopByStopAndRecordsTheOutcomes() {
		Api environment = new Api(port, "moitruong");
		String first = Fixtures.unique("Lò nấu nhôm Võ Cường");
		String second = Fixtures.unique("Xưởng tái chế giấy");
		long plan = PatrolPlans.plan(jdbc, List.of(Fixtures.site(environment, first, Fixtures.VO_CUONG),
				Fixtures.site(environment, second, new double[] { 106.0650, 21.1710 })));
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
}
