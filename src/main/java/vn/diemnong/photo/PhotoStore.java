package vn.diemnong.photo;

import java.util.Optional;

/**
 * Where the stored copies of photos live, by the SHA-256 of the bytes received and the size. Content-addressed: the
 * same key always holds the same bytes, so a second {@link #put} of a key may be skipped. A {@link #put} inside a
 * transaction takes effect only if that transaction commits: a rolled-back record leaves no file behind.
 */
public interface PhotoStore {

	enum Size {
		ORIGINAL, THUMB
	}

	void put(String sha256, Size size, byte[] content);

	Optional<byte[]> get(String sha256, Size size);
}
