package vn.diemnong.map;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.DispatcherServlet;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.diemnong.common.CachedAnswers;
import vn.diemnong.common.Scope;

/**
 * The answers the map needs for its first frame, asked for inside the page's request exactly as index.html's inline
 * script would ask for them (the same URLs, through the same security chain and controllers, as the same caller):
 * who is signed in, the configuration and, for a map opened without a link's state, its sites and its communes'
 * outlines at the first frame's detail. Whatever the caller may not read answers 401/403 there and is left out. The
 * words (i18n) are not in the page: the first frame has none, and the page is read before it is drawn.
 */
@Component
class FirstAnswers {

	/** Kept answers the page may reuse: those CachedAnswers keeps (the same key). */
	private static final Pattern KEPT = Pattern.compile("/api/v1/(public/)?communes\\?.*|/api/v1/sites\\?.*");

	/**
	 * The outlines' detail of the first frame (js/early/first-frame.js): about a pixel where the province fills the
	 * map (zoom 9 on a phone, 10 to 11 on wider screens), less than Leaflet's own smoothing of a pixel. The map's
	 * outlines layer asks for the detail its zoom needs (map/outline-detail.js): on a phone this one, else finer ones,
	 * fetched while the first frame is on screen.
	 */
	static final String FIRST_FRAME_TOLERANCE = "0.0013";

	private final CachedAnswers cached;
	private final Map<Kept, byte[]> kept = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Kept, byte[]> eldest) {
			return size() > 16;
		}
	});

	/** As CachedAnswers keys its answers: the data's version, the caller's communes and the URL. */
	private record Kept(String url, long version, Set<String> communes) {
	}

	// taken at the first page: the security chain itself depends on the web configuration this module adds to
	private final ObjectProvider<Filter> security;
	private final ObjectProvider<DispatcherServlet> dispatcher;
	private final JsonMapper json;

	FirstAnswers(@Qualifier("springSecurityFilterChain") ObjectProvider<Filter> security,
			ObjectProvider<DispatcherServlet> dispatcher, JsonMapper json, CachedAnswers cached) {
		this.cached = cached;
		this.security = security;
		this.dispatcher = dispatcher;
		this.json = json;
	}

	/** By URL, the bodies of the answers that came back 200, in the order asked. */
	Map<String, byte[]> of(HttpServletRequest page, HttpServletResponse response) {
		Map<String, byte[]> answers = new LinkedHashMap<>();
		byte[] me = ask(page, response, "/api/v1/me", answers, null);
		byte[] config = ask(page, response, "/api/v1/config", answers, null);
		if (page.getQueryString() != null || me == null || config == null) {
			return answers;
		}
		// the same choices as index.html's inline script
		JsonNode who = json.readTree(new String(me, StandardCharsets.UTF_8));
		boolean published = !(who.path("authenticated").asBoolean(false) && has(who.path("can"), "data"));
		// read once, before either answer is made, as CachedAnswers does: a kept one is never older than its key
		long version = cached.version();
		ask(page, response, published ? "/api/v1/public/sites?limit=10000" : "/api/v1/sites?limit=5000", answers,
				version);
		JsonNode period = json.readTree(new String(config, StandardCharsets.UTF_8)).path("defaultPeriod");
		ask(page, response, "/api/v1/" + (published ? "public/" : "") + "communes?from=" + period.path("from").asString()
				+ "&to=" + period.path("to").asString() + "&simplify=" + FIRST_FRAME_TOLERANCE, answers, version);
		return answers;
	}

	private static boolean has(JsonNode list, String value) {
		for (JsonNode item : list) {
			if (value.equals(item.asString())) {
				return true;
			}
		}
		return false;
	}

	private byte @Nullable [] ask(HttpServletRequest page, HttpServletResponse response, String url,
			Map<String, byte[]> answers, @Nullable Long version) {
		Kept key = version != null && KEPT.matcher(url).matches()
				? new Kept(url, version, Set.copyOf(Scope.communes())) : null;
		byte[] known = key == null ? null : kept.get(key);
		if (known != null) {
			answers.put(url, known);
			return known;
		}
		CapturedResponse answer = new CapturedResponse(response);
		SecurityContext context = SecurityContextHolder.getContext();
		try {
			security.getObject().doFilter(new InnerRequest(page, url), answer, dispatcher.getObject()::service);
		}
		catch (Exception ex) {
			return null;
		}
		finally {
			// the inner request's chain clears the thread's security context when it ends
			SecurityContextHolder.setContext(context);
		}
		byte[] body = answer.ok();
		if (body != null) {
			answers.put(url, body);
			if (key != null) {
				kept.put(key, body);
			}
		}
		return body;
	}
}
