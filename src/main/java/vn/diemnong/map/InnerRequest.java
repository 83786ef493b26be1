package vn.diemnong.map;

import java.io.ByteArrayInputStream;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A GET of one of the page's first answers, made inside the page's own request: the same caller (session, cookies,
 * address, language), a JSON Accept, no validators or encodings of the page's request, and attributes of its own, so
 * that the security chain and the controllers treat it as the request the browser would have made.
 */
final class InnerRequest extends HttpServletRequestWrapper {

	private static final String ACCEPT = "application/json, application/geo+json";

	/** The page's own conditions and encodings: the inner answer is wanted whole and plain. */
	private static final Set<String> DROPPED = Set.of("accept", "accept-encoding", "if-none-match", "if-match",
			"if-modified-since", "if-unmodified-since", "range", "if-range", "content-type", "content-length");

	private final String path;
	private final @Nullable String query;
	private final MultiValueMap<String, String> parameters;
	private final Map<String, Object> attributes = new HashMap<>();

	InnerRequest(HttpServletRequest page, String url) {
		super(page);
		int mark = url.indexOf('?');
		this.path = mark < 0 ? url : url.substring(0, mark);
		this.query = mark < 0 ? null : url.substring(mark + 1);
		this.parameters = query == null ? new LinkedMultiValueMap<>()
				: UriComponentsBuilder.fromUriString(url).build().getQueryParams();
	}

	@Override
	public String getMethod() {
		return "GET";
	}

	@Override
	public DispatcherType getDispatcherType() {
		return DispatcherType.REQUEST;
	}

	@Override
	public String getRequestURI() {
		return getContextPath() + path;
	}

	@Override
	public StringBuffer getRequestURL() {
		HttpServletRequest page = (HttpServletRequest) getRequest();
		StringBuffer url = page.getRequestURL();
		url.setLength(url.length() - page.getRequestURI().length());
		return url.append(getRequestURI());
	}

	@Override
	public String getServletPath() {
		return path;
	}

	@Override
	public @Nullable String getPathInfo() {
		return null;
	}

	@Override
	public @Nullable String getQueryString() {
		return query;
	}

	@Override
	public @Nullable String getParameter(String name) {
		return parameters.getFirst(name);
	}

	@Override
	public Map<String, String[]> getParameterMap() {
		Map<String, String[]> map = new HashMap<>();
		parameters.forEach((name, values) -> map.put(name, values.toArray(String[]::new)));
		return Collections.unmodifiableMap(map);
	}

	@Override
	public Enumeration<String> getParameterNames() {
		return Collections.enumeration(parameters.keySet());
	}

	@Override
	public String @Nullable [] getParameterValues(String name) {
		List<String> values = parameters.get(name);
		return values == null ? null : values.toArray(String[]::new);
	}

	@Override
	public @Nullable String getHeader(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.equals("accept")) {
			return ACCEPT;
		}
		return DROPPED.contains(lower) ? null : super.getHeader(name);
	}

	@Override
	public Enumeration<String> getHeaders(String name) {
		String value = getHeader(name);
		if (DROPPED.contains(name.toLowerCase(Locale.ROOT))) {
			return Collections.enumeration(value == null ? List.of() : List.of(value));
		}
		return super.getHeaders(name);
	}

	@Override
	public Enumeration<String> getHeaderNames() {
		Set<String> names = new LinkedHashSet<>();
		for (String name : Collections.list(super.getHeaderNames())) {
			if (!DROPPED.contains(name.toLowerCase(Locale.ROOT))) {
				names.add(name);
			}
		}
		names.add("Accept");
		return Collections.enumeration(names);
	}

	@Override
	public long getDateHeader(String name) {
		return DROPPED.contains(name.toLowerCase(Locale.ROOT)) ? -1 : super.getDateHeader(name);
	}

	@Override
	public int getIntHeader(String name) {
		return DROPPED.contains(name.toLowerCase(Locale.ROOT)) ? -1 : super.getIntHeader(name);
	}

	@Override
	public @Nullable String getContentType() {
		return null;
	}

	@Override
	public int getContentLength() {
		return 0;
	}

	@Override
	public long getContentLengthLong() {
		return 0;
	}

	@Override
	public ServletInputStream getInputStream() {
		ByteArrayInputStream empty = new ByteArrayInputStream(new byte[0]);
		return new ServletInputStream() {

			@Override
			public int read() {
				return empty.read();
			}

			@Override
			public boolean isFinished() {
				return true;
			}

			@Override
			public boolean isReady() {
				return true;
			}

			@Override
			public void setReadListener(ReadListener listener) {
				throw new UnsupportedOperationException();
			}
		};
	}

	@Override
	public @Nullable Object getAttribute(String name) {
		return attributes.get(name);
	}

	@Override
	public Enumeration<String> getAttributeNames() {
		return Collections.enumeration(Set.copyOf(attributes.keySet()));
	}

	@Override
	public void setAttribute(String name, @Nullable Object value) {
		if (value == null) {
			attributes.remove(name);
		}
		else {
			attributes.put(name, value);
		}
	}

	@Override
	public void removeAttribute(String name) {
		attributes.remove(name);
	}
}
