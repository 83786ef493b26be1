package vn.diemnong.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;

/** A phone for the browser tests: 360 × 740 with touch, and what its layout is measured by. */
final class Phone {

	static final int WIDTH = 360;
	static final int HEIGHT = 740;

	private Phone() {
	}

	static Browser.NewContextOptions options() {
		return new Browser.NewContextOptions().setViewportSize(WIDTH, HEIGHT).setHasTouch(true).setIsMobile(true)
			.setDeviceScaleFactor(2).setLocale("vi-VN");
	}

	// Visible touch targets: buttons, fields, drop-downs, summaries, the map's zoom buttons, and the label of each
	// box or radio (the label is what a finger hits). Inline text links in running text (the attribution) are not.
	private static final String TARGETS = """
			(root) => {
			  const scope = root || document;
			  const seen = (el) => {
			    const r = el.getBoundingClientRect();
			    const style = getComputedStyle(el);
			    return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && r.bottom > 0 && r.top < innerHeight
			      && r.right > 0 && r.left < innerWidth;
			  };
			  const targets = [...scope.querySelectorAll('button, select, input:not([type=checkbox]):not([type=radio]), summary, '
			      + '.leaflet-control-zoom a')].filter(seen);
			  for (const box of scope.querySelectorAll('input[type=checkbox], input[type=radio]')) {
			    const label = box.closest('label');
			    if (label && seen(label)) targets.push(label);
			  }
			  return targets.map((el) => {
			    const r = el.getBoundingClientRect();
			    return { what: (el.dataset.testid || el.getAttribute('aria-label') || el.textContent || el.tagName).trim().slice(0, 40),
			      tag: el.tagName, width: r.width, height: r.height };
			  });
			}""";

	/** The touch targets of the page (or of the element matched by selector) smaller than 44 × 44 px. */
	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> smallTargets(Page page, String selector) {
		List<Map<String, Object>> all = (List<Map<String, Object>>) (selector == null ? page.evaluate(TARGETS)
				: page.locator(selector).evaluate(TARGETS));
		List<Map<String, Object>> small = new ArrayList<>();
		for (Map<String, Object> target : all) {
			if (((Number) target.get("width")).doubleValue() < 43.5 || ((Number) target.get("height")).doubleValue() < 43.5) {
				small.add(target);
			}
		}
		return small;
	}

	/** How many visible touch targets the page (or the element) has. */
	static int targets(Page page, String selector) {
		return ((List<?>) (selector == null ? page.evaluate(TARGETS) : page.locator(selector).evaluate(TARGETS))).size();
	}
}
