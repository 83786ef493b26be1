package vn.diemnong.patrol;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Function;

/**
 * A plan as GPX 1.1 (what phone navigation apps open): a waypoint per stop, numbered and named, and a route from the
 * start through the stops back to the start.
 */
final class PlanGpx {

	private PlanGpx() {
	}

	/** @param words the reader's words for the reasons and checks (codes to text) */
	static byte[] of(PatrolPlan plan, String title, Function<String, String> words) {
		StringBuilder gpx = new StringBuilder("""
				<?xml version="1.0" encoding="UTF-8"?>
				<gpx version="1.1" creator="Điểm Nóng" xmlns="http://www.topografix.com/GPX/1/1">
				""");
		gpx.append("  <metadata><name>").append(escape(title)).append("</name><time>")
			.append(plan.createdAt().toInstant()).append("</time></metadata>\n");
		for (PatrolPlan.Stop stop : plan.stops()) {
			gpx.append(point("wpt", stop.lat(), stop.lon()))
				.append("<name>").append(escape(stop.order() + ". " + stop.name())).append("</name>")
				.append("<desc>").append(escape(description(stop, words))).append("</desc>")
				.append("<type>patrol-stop</type></wpt>\n");
		}
		gpx.append("  <rte><name>").append(escape(title)).append("</name>\n");
		String start = plan.start().label() != null ? plan.start().label() : words.apply("police.gpx.start");
		gpx.append("  ").append(point("rtept", plan.start().lat(), plan.start().lon())).append("<name>")
			.append(escape(start)).append("</name></rtept>\n");
		for (PatrolPlan.Stop stop : plan.stops()) {
			gpx.append("  ").append(point("rtept", stop.lat(), stop.lon())).append("<name>")
				.append(escape(stop.order() + ". " + stop.name())).append("</name></rtept>\n");
		}
		gpx.append("  ").append(point("rtept", plan.start().lat(), plan.start().lon())).append("<name>")
			.append(escape(start)).append("</name></rtept>\n");
		gpx.append("  </rte>\n</gpx>\n");
		return gpx.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String point(String element, double lat, double lon) {
		return String.format(Locale.ROOT, "  <%s lat=\"%.7f\" lon=\"%.7f\">", element, lat, lon);
	}

	static String description(PatrolPlan.Stop stop, Function<String, String> words) {
		StringBuilder text = new StringBuilder(stop.arrival().toString());
		stop.reasons().forEach(r -> text.append("; ").append(words.apply("risk.code." + r.code())));
		stop.checks().forEach(c -> text.append("; ").append(words.apply("police.check." + c)));
		return text.toString();
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
