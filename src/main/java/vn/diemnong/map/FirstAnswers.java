package vn.diemnong.map;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

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
 * who is signed in, the configuration and, for a map opened without a link's state, its communes' outlines at the
 * first frame's detail and, when the map opens on the whole province, its sites as the first frame draws them
 * ({@link FirstFrameSites}; the app asks for the whole sites answer itself). Whatever the caller may not read answers
 * 401/403 there and is left out. The words (i18n) are not in the page: the first frame has none, and the page is read
 * before it is drawn.
 */
@Component
class FirstAnswers {

	/**
	 * The outlines' detail of the first frame (js/early/first-frame.js): about a pixel where the province fills the
	 * map (zoom 9 on a phone, 10 to 11 on wider screens), less than Leaflet's own smoothing of a pixel. The map's
	 * outlines layer asks for the detail its zoom needs (map/outline-detail.js): on a phone this one, else finer ones,
	 * fetched while the first frame is on screen.
	 */
	static final String FIRST_FRAME_TOLERANCE = "0.0013";

	/** What the page writes in: the answers by URL, in the order asked, and the first frame's sites, if it has them. */
	record Written(Map<String, byte[]> answers, byte @Nullable [] firstFrameSites) {
	}

	private final CachedAnswers cached;
	/** The communes' and the first frame sites' blocks, which depend only on what CachedAnswers keys its answers by. */
	private final Map<Kept, byte[]> kept = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Kept, byte[]> eldest) {
			return size() > 16;
		}
	});

	/**
	 * As CachedAnswers keys its answers: the data's version, the caller's communes and the URL (the sites' URL keeps
	 * only the first frame's block of its answer).
	 */
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

	Written of(HttpServletRequest page, HttpServletResponse response) {
		Map<String, byte[]> answers = new LinkedHashMap<>();
		byte[] me = put(answers, "/api/v1/me", ask(page, response, "/api/v1/me"));
		byte[] config = put(answers, "/api/v1/config", ask(page, response, "/api/v1/config"));
		if (page.getQueryString() != null || me == null || config == null) {
			return new Written(answers, null);
		}
		// the same choices as index.html's inline script and js/early/first-frame.js
		JsonNode who = json.readTree(new String(me, StandardCharsets.UTF_8));
		boolean published = !(who.path("authenticated").asBoolean(false) && has(who.path("can"), "data"));
		boolean wholeProvince = published || who.path("communes").isEmpty();
		// read once, before either block is made, as CachedAnswers does: a kept one is never older than its key
		long version = cached.version();
		Set<String> communes = Set.copyOf(Scope.communes());
		JsonNode period = json.readTree(new String(config, StandardCharsets.UTF_8)).path("defaultPeriod");
		String outlines = "/api/v1/" + (published ? "public/" : "") + "communes?from=" + period.path("from").asString()
				+ "&to=" + period.path("to").asString() + "&simplify=" + FIRST_FRAME_TOLERANCE;
		put(answers, outlines, kept(new Kept(outlines, version, communes), () -> ask(page, response, outlines)));
		if (!wholeProvince) {
			return new Written(answers, null);
		}
		String sites = published ? "/api/v1/public/sites?limit=10000" : "/api/v1/sites?limit=5000";
		return new Written(answers, kept(new Kept(sites, version, communes), () -> {
			byte[] answer = ask(page, response, sites);
			return answer == null ? null : FirstFrameSites.of(answer, json);
		}));
	}

	private static byte @Nullable [] put(Map<String, byte[]> answers, String url, byte @Nullable [] body) {
		if (body != null) {
			answers.put(url, body);
		}
		return body;
	}

	private static boolean has(JsonNode list, String value) {
		for (JsonNode item : list) {
			if (value.equals(item.asString())) {
				return true;
			}
		}
		return false;
	}

	private byte @Nullable [] kept(Kept key, Supplier<byte @Nullable []> make) {
		byte[] known = kept.get(key);
		if (known == null) {
			known = make.get();
			if (known != null) {
				kept.put(key, known);
			}
		}
		return known;
	}

	/** The body of the URL's answer to the page's caller, if it came back 200. */
	private byte @Nullable [] ask(HttpServletRequest page, HttpServletResponse response, String url) {
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
		return answer.ok();
	}
}
