package vn.diemnong.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.imageio.ImageIO;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;

import vn.diemnong.Api;
import vn.diemnong.Fixtures;
import vn.diemnong.IntegrationTest;

/**
 * A commitment recorded from the site panel (with the photo of the signed page) shows in the panel with its badge
 * and the scan's thumbnail, and the coverage layer's table of the communes counts it.
 */
@IntegrationTest
class CommitmentBrowserIT extends BrowserTest {

	@Test
	void aCommitmentRecordedFromTheSitePanelRaisesItsCommunesCoverage() throws IOException {
		Api api = new Api(port, "moitruong");
		api.get("/api/v1/me");
		long site = Fixtures.site(api, Fixtures.unique("Hộ tái chế giấy ký cam kết"), Fixtures.VO_CUONG);
		List<String> pageErrors = new CopyOnWriteArrayList<>();
		page.onPageError(pageErrors::add);

		open("?site=" + site);
		Locator panel = page.getByTestId("site-panel");
		assertThat(panel.getByTestId("commitments-none")).isVisible();

		// the coverage over the communes, and its table: Võ Cường before
		page.locator("[data-testid=layer-switch] summary").click();
		page.getByTestId("overlay-commitments").check();
		assertThat(page.locator(".leaflet-commitmentCoverage-pane path.coverage-area")).hasCount(COMMUNES);
		assertThat(page.getByTestId("coverage-legend")).containsText("Tỷ lệ cơ sở phải ký");
		Locator covered = page.locator("[data-testid=coverage-table] tr[data-code='09190'] td[data-column=covered]");
		page.getByTestId("coverage-table-open").click();
		int before = Integer.parseInt(covered.textContent().replaceAll("\\D", ""));
		page.getByTestId("form-close").click();

		panel.getByTestId("record-commitment").click();
		Locator form = page.getByTestId("commitment-form");
		assertThat(form).isVisible();
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
		form.locator("[name=signedOn]").fill(today.minusDays(1).toString());
		form.locator("[name=signerName]").fill("Nguyễn Thị Lan");
		form.locator("[name=signerRole]").selectOption("household_head");
		form.locator("[name='promise.no_scrap_recycling']").check();
		form.locator("[name=validUntil]").fill(today.plusYears(1).toString());
		// without the scan the service says so next to its field, and nothing is lost
		form.getByTestId("form-submit").click();
		assertThat(form.locator("[data-field=scan] .form-error")).containsText("bản quét");
		form.getByTestId("commitment-scan-input").setInputFiles(new FilePayload("cam-ket.png", "image/png", scan()));
		form.getByTestId("form-submit").click();

		assertThat(form).hasCount(0);
		Locator entry = page.getByTestId("site-panel").getByTestId("commitment-entry");
		assertThat(entry).hasCount(1);
		assertThat(entry).hasAttribute("data-state", "valid");
		assertThat(entry.getByTestId("commitment-state")).hasText("còn hiệu lực");
		assertThat(entry).containsText("Nguyễn Thị Lan");
		Locator thumbnail = entry.getByTestId("commitment-scan");
		assertThat(thumbnail).isVisible();
		Assertions.assertThat((Boolean) thumbnail.evaluate("img => img.complete && img.naturalWidth > 0")).isTrue();

		page.getByTestId("coverage-table-open").click();
		assertThat(covered).hasText(String.valueOf(before + 1));
		page.getByTestId("form-close").click();
		Assertions.assertThat(pageErrors).as("uncaught errors in the page").isEmpty();
	}

	private static byte[] scan() throws IOException {
		BufferedImage image = new BufferedImage(300, 420, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(252, 250, 240));
		g.fillRect(0, 0, 300, 420);
		g.setColor(Color.DARK_GRAY);
		for (int y = 40; y < 340; y += 18) {
			g.drawLine(30, y, 270, y);
		}
		g.drawLine(180, 380, 260, 370);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}
}
