package vn.diemnong.common;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies above a size before anything reads them (declared length), and stops reading a chunked
 * body at the limit. The refusal surfaces as {@link BodyTooLargeException}, rendered as 413 problem+json.
 */
class BodySizeLimitFilter extends OncePerRequestFilter {

	private final long maxJson;
	private final long maxUpload;
	private final ProblemRenderer problems;

	/** @param maxUpload the limit of multipart requests (photos), which carry files rather than JSON */
	BodySizeLimitFilter(long max, long maxUpload, ProblemRenderer problems) {
		this.maxJson = max;
		this.maxUpload = maxUpload;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		long max = type != null && type.regionMatches(true, 0, "multipart/", 0, 10) ? maxUpload : maxJson;
		if (request.getContentLengthLong() > max) {
			problems.write(request, response, ProblemRenderer.bodyTooLarge(max));
			return;
		}
		chain.doFilter(new HttpServletRequestWrapper(request) {
			@Override
			public ServletInputStream getInputStream() throws IOException {
				return new LimitedInputStream(super.getInputStream(), max);
			}
		}, response);
	}

	private static final class LimitedInputStream extends ServletInputStream {

		private final ServletInputStream delegate;
		private final long max;
		private long read;

		LimitedInputStream(ServletInputStream delegate, long max) {
			this.delegate = delegate;
			this.max = max;
		}

		@Override
		public int read() throws IOException {
			int b = delegate.read();
			if (b >= 0 && ++read > max) {
				throw new BodyTooLargeException(max);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = delegate.read(buffer, offset, length);
			if (n > 0 && (read += n) > max) {
				throw new BodyTooLargeException(max);
			}
			return n;
		}

		@Override
		public boolean isFinished() {
			return delegate.isFinished();
		}

		@Override
		public boolean isReady() {
			return delegate.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			delegate.setReadListener(listener);
		}
	}
}
