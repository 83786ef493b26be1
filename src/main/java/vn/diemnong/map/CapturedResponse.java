package vn.diemnong.map;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * The answer to an {@link InnerRequest}: its status and body are kept here; only its cookies (the XSRF-TOKEN that
 * {@code /api/v1/me} sets) reach the page's response, as they would have reached the browser.
 */
final class CapturedResponse extends HttpServletResponseWrapper {

	private final ByteArrayOutputStream body = new ByteArrayOutputStream();
	private final Map<String, List<String>> headers = new HashMap<>();
	private int status = SC_OK;
	private @Nullable String contentType;
	private @Nullable PrintWriter writer;
	private @Nullable ServletOutputStream stream;

	CapturedResponse(HttpServletResponse page) {
		super(page);
	}

	/** The body, when the answer was a 200 with a body; otherwise null. */
	byte @Nullable [] ok() {
		if (writer != null) {
			writer.flush();
		}
		return status == SC_OK && body.size() > 0 ? body.toByteArray() : null;
	}

	@Override
	public void addCookie(Cookie cookie) {
		if (!alreadySet(cookie.getName())) {
			super.addCookie(cookie);
		}
	}

	@Override
	public void setHeader(String name, @Nullable String value) {
		if (isCookie(name)) {
			addHeader(name, value);
			return;
		}
		headers.remove(name.toLowerCase(Locale.ROOT));
		addHeader(name, value);
	}

	@Override
	public void addHeader(String name, @Nullable String value) {
		if (isCookie(name)) {
			if (value != null && !alreadySet(value.substring(0, Math.max(value.indexOf('='), 0)))) {
				super.addHeader(name, value);
			}
			return;
		}
		if (value != null) {
			headers.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(value);
		}
	}

	/**
	 * Whether the page's response sets this cookie already: each inner request that finds no XSRF-TOKEN in the
	 * browser's cookies makes one, and the browser needs only the first.
	 */
	private boolean alreadySet(String cookie) {
		HttpServletResponse page = (HttpServletResponse) getResponse();
		return page.getHeaders("Set-Cookie").stream().anyMatch(set -> set.startsWith(cookie + "="));
	}

	private static boolean isCookie(String name) {
		return name.equalsIgnoreCase("Set-Cookie");
	}

	@Override
	public void setIntHeader(String name, int value) {
		setHeader(name, Integer.toString(value));
	}

	@Override
	public void addIntHeader(String name, int value) {
		addHeader(name, Integer.toString(value));
	}

	@Override
	public void setDateHeader(String name, long date) {
		setHeader(name, Long.toString(date));
	}

	@Override
	public void addDateHeader(String name, long date) {
		addHeader(name, Long.toString(date));
	}

	@Override
	public boolean containsHeader(String name) {
		return headers.containsKey(name.toLowerCase(Locale.ROOT));
	}

	@Override
	public @Nullable String getHeader(String name) {
		List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
		return values == null || values.isEmpty() ? null : values.get(0);
	}

	@Override
	public Collection<String> getHeaders(String name) {
		return List.copyOf(headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of()));
	}

	@Override
	public Collection<String> getHeaderNames() {
		return List.copyOf(headers.keySet());
	}

	@Override
	public void setStatus(int status) {
		this.status = status;
	}

	@Override
	public int getStatus() {
		return status;
	}

	@Override
	public void sendError(int status) {
		this.status = status;
	}

	@Override
	public void sendError(int status, @Nullable String message) {
		this.status = status;
	}

	@Override
	public void sendRedirect(String location) {
		this.status = SC_FOUND;
	}

	@Override
	public void setContentType(@Nullable String type) {
		this.contentType = type;
	}

	@Override
	public @Nullable String getContentType() {
		return contentType;
	}

	@Override
	public String getCharacterEncoding() {
		return StandardCharsets.UTF_8.name();
	}

	@Override
	public void setCharacterEncoding(@Nullable String charset) {
	}

	@Override
	public void setContentLength(int length) {
	}

	@Override
	public void setContentLengthLong(long length) {
	}

	@Override
	public void setLocale(Locale locale) {
	}

	@Override
	public void setBufferSize(int size) {
	}

	@Override
	public boolean isCommitted() {
		return false;
	}

	@Override
	public void flushBuffer() {
		if (writer != null) {
			writer.flush();
		}
	}

	@Override
	public void reset() {
		resetBuffer();
		headers.clear();
		status = SC_OK;
	}

	@Override
	public void resetBuffer() {
		body.reset();
	}

	@Override
	public ServletOutputStream getOutputStream() {
		if (stream == null) {
			stream = new ServletOutputStream() {

				@Override
				public void write(int b) {
					body.write(b);
				}

				@Override
				public void write(byte[] bytes, int offset, int length) {
					body.write(bytes, offset, length);
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setWriteListener(WriteListener listener) {
					throw new UnsupportedOperationException();
				}
			};
		}
		return stream;
	}

	@Override
	public PrintWriter getWriter() {
		if (writer == null) {
			writer = new PrintWriter(new OutputStreamWriter(body, StandardCharsets.UTF_8));
		}
		return writer;
	}
}
