package vn.diemnong.tip;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.multipart.MultipartFile;

import vn.diemnong.common.ApiProblem;
import vn.diemnong.photo.Photo;
import vn.diemnong.photo.PhotoCitations;
import vn.diemnong.photo.Photos;

/**
 * A tip's photos, through the photo module (checked by content, hashed as received, stored without EXIF), and who
 * may read them: those who may see a tip citing the photo, never the public.
 */
@Component
class TipPhotos implements PhotoCitations {

	/** Photos one request may carry, and one tip in all. */
	static final int PER_REQUEST = 3;
	static final int PER_TIP = 10;

	private final Photos photos;
	private final JdbcClient jdbc;
	private final Clock clock;

	TipPhotos(Photos photos, JdbcClient jdbc, Clock clock) {
		this.photos = photos;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Checks and stores the uploads (nothing stored when one is refused), in the caller's transaction. */
	List<String> accept(List<MultipartFile> files) {
		if (files.size() > PER_REQUEST) {
			throw ApiProblem.invalid("photos", "tip.too-many-photos", PER_REQUEST);
		}
		List<Photo.Upload> uploads = new ArrayList<>();
		for (int i = 0; i < files.size(); i++) {
			uploads.add(new Photo.Upload("photos[" + i + "]", bytes(files.get(i))));
		}
		// the photo record and its audit event name their uploader: for the public, without the reporter's address
		return withoutAddress(() -> photos.accept(uploads)).stream().map(Photo::sha256).toList();
	}

	void cite(long tipId, @Nullable Long additionId, List<String> hashes) {
		int already = jdbc.sql("SELECT count(*) FROM tip_photo WHERE tip_id = ?").param(tipId).query(Integer.class).single();
		if (already + hashes.size() > PER_TIP) {
			throw ApiProblem.invalid("photos", "tip.too-many-photos-in-all", PER_TIP);
		}
		for (String sha : hashes) {
			jdbc.sql("""
					INSERT INTO tip_photo (tip_id, addition_id, photo_sha256, added_at)
					VALUES (:tip, :addition, :sha, :now) ON CONFLICT (tip_id, photo_sha256) DO NOTHING""")
				.param("tip", tipId).param("addition", additionId).param("sha", sha)
				.param("now", clock.instant().atOffset(ZoneOffset.UTC)).update();
		}
	}

	@Override
	public boolean visible(String sha256) {
		Map<String, Object> params = new HashMap<>();
		params.put("sha", sha256);
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM tip_photo p JOIN tip t ON t.id = p.tip_id
				               WHERE p.photo_sha256 = :sha AND %s)""".formatted(TipVisibility.condition("t", params)))
			.params(params).query(Boolean.class).single();
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static <T> T withoutAddress(Supplier<T> work) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		RequestContextHolder.resetRequestAttributes();
		try {
			return work.get();
		}
		finally {
			RequestContextHolder.setRequestAttributes(request);
		}
	}
}
