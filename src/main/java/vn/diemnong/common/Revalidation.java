package vn.diemnong.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

import org.jspecify.annotations.Nullable;

/**
 * What an answer kept as bytes needs to be served like a static file: whether the client takes it gzipped, whether its
 * If-None-Match already names it (a 304), and the gzipped bytes. A kept answer's strong ETag is its tag, with
 * {@code -gzip} appended for the gzipped bytes.
 */
public final class Revalidation {

	private Revalidation() {
	}

	/** Whether Accept-Encoding takes gzip (and not with q=0). */
	public static boolean acceptsGzip(@Nullable String acceptEncoding) {
		if (acceptEncoding == null) {
			return false;
		}
		for (String coding : acceptEncoding.split(",")) {
			String[] parts = coding.trim().split(";");
			if (parts[0].trim().equalsIgnoreCase("gzip")) {
				return parts.length < 2 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
			}
		}
		return false;
	}

	/** Whether If-None-Match names this answer, in either of its encodings (or is "*"). */
	public static boolean matches(@Nullable String ifNoneMatch, String tag) {
		if (ifNoneMatch == null) {
			return false;
		}
		for (String each : ifNoneMatch.split(",")) {
			String candidate = each.trim().replaceFirst("^W/", "");
			if (candidate.equals("*") || candidate.equals("\"" + tag + "\"")
					|| candidate.equals("\"" + tag + "-gzip\"")) {
				return true;
			}
		}
		return false;
	}

	public static byte[] gzip(byte[] plain) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 4 + 64);
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(plain);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}
}
