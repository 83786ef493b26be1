package vn.diemnong.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The map's large read answers (the sites and the communes layer), kept as bytes, plain and gzipped, until the data
 * behind them changes: the key holds the data's version ({@link DataVersion}: one more on each commit of a
 * transaction that wrote a site, an inspection, a violation, a commune or another record the risk reads), the
 * caller's communes, the request's URL (the answers' paging links are built from it) and whatever else the caller
 * says its answer depends on. The version is read before the answer is built, so a kept answer is never older than its
 * version. Each answer has a strong ETag from its bytes: a client that has it gets 304 with no body.
 */
@Component
public class CachedAnswers {

	private static final int MAX_ENTRIES = 48;

	private static final long MAX_BYTES = 48L << 20;

	private record Key(long version, Set<String> communes, String url, List<Object> parts) {
	}

	private record Answer(byte[] plain, byte[] gzipped, String tag) {

		long size() {
			return plain.length + gzipped.length;
		}
	}

	private final DataVersion version;

	private final LinkedHashMap<Key, Answer> answers = new LinkedHashMap<>(16, 0.75f, true);

	private long bytes;

	CachedAnswers(DataVersion version) {
		this.version = version;
	}

	/** The data's version: grows by one with each commit that changed the data behind the cached answers. */
	public long version() {
		return version.current();
	}

	/**
	 * The answer to the current request: kept bytes when the data has not changed since, else {@code body}'s (and
	 * kept); 304 when the request's If-None-Match names it; gzipped when the client accepts it.
	 * @param parts everything else the answer depends on (a period resolved from today, say)
	 */
	public ResponseEntity<byte[]> answer(MediaType type, List<Object> parts, Supplier<String> body) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		Key key = new Key(version(), Set.copyOf(Scope.communes()),
				ServletUriComponentsBuilder.fromCurrentRequest().build().toUriString(), List.copyOf(parts));
		Answer answer = kept(key);
		if (answer == null) {
			answer = made(body.get());
			keep(key, answer);
		}
		boolean gzip = Revalidation.acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
		String tag = "\"" + answer.tag() + (gzip ? "-gzip" : "") + "\"";
		HttpHeaders headers = new HttpHeaders();
		headers.setETag(tag);
		headers.setCacheControl(CacheControl.noCache().cachePrivate());
		headers.setVary(List.of(HttpHeaders.ACCEPT_ENCODING));
		if (Revalidation.matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), answer.tag())) {
			return new ResponseEntity<>(headers, HttpStatus.NOT_MODIFIED);
		}
		headers.setContentType(type);
		if (gzip) {
			headers.set(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		return new ResponseEntity<>(gzip ? answer.gzipped() : answer.plain(), headers, HttpStatus.OK);
	}

	private synchronized Answer kept(Key key) {
		return answers.get(key);
	}

	private synchronized void keep(Key key, Answer answer) {
		Answer previous = answers.put(key, answer);
		bytes += answer.size() - (previous == null ? 0 : previous.size());
		var eldest = answers.entrySet().iterator();
		while ((answers.size() > MAX_ENTRIES || bytes > MAX_BYTES) && eldest.hasNext()) {
			var entry = eldest.next();
			if (entry.getKey().equals(key)) {
				continue;
			}
			bytes -= entry.getValue().size();
			eldest.remove();
		}
	}

	private static Answer made(String body) {
		byte[] plain = body.getBytes(StandardCharsets.UTF_8);
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(plain);
			return new Answer(plain, Revalidation.gzip(plain), HexFormat.of().formatHex(digest, 0, 16));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** How many answers are kept (for tests). */
	synchronized int size() {
		return answers.size();
	}

	/** @return the kept answers' total bytes (for tests) */
	synchronized long bytes() {
		return bytes;
	}
}
