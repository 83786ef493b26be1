package vn.diemnong.photo;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * A photo as recorded: the hash of the bytes received, what they were, and where the camera said it stood.
 *
 * @param bytes       the size received, in bytes
 * @param width       of the stored copy (upright, after the EXIF orientation)
 * @param exifLon     the EXIF GPS position, if the file carried one (the stored copy does not)
 * @param exifTakenAt the EXIF DateTimeOriginal as written by the camera (local time, no zone), if any
 */
public record Photo(String sha256, String mediaType, int width, int height, long bytes, @Nullable Double exifLon,
		@Nullable Double exifLat, @Nullable String exifTakenAt, String uploadedBy, OffsetDateTime uploadedAt) {

	/** An upload to check and store: {@code field} names it in problems (e.g. {@code photos[2]}). */
	public record Upload(String field, byte[] bytes) {
	}
}
