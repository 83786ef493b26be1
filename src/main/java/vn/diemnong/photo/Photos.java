package vn.diemnong.photo;

import java.awt.image.BufferedImage;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;
import vn.diemnong.audit.AuditLog;
import vn.diemnong.common.Actor;
import vn.diemnong.common.ApiProblem;

/** Checks, hashes and stores photos received as evidence (see the package description). */
@Service
public class Photos {

	/** A SHA-256 in lower-case hex, as photos are named. */
	public static final String SHA256 = "[0-9a-f]{64}";

	private final JdbcClient jdbc;
	private final PhotoStore store;
	private final AuditLog audit;
	private final JsonMapper json;
	private final long maxBytes;
	private final long maxPixels;
	private final int thumbEdge;

	Photos(JdbcClient jdbc, PhotoStore store, AuditLog audit, JsonMapper json,
			@Value("${diemnong.photo.max-bytes:10485760}") long maxBytes,
			@Value("${diemnong.photo.max-pixels:50000000}") long maxPixels,
			@Value("${diemnong.photo.thumb-edge:320}") int thumbEdge) {
		this.jdbc = jdbc;
		this.store = store;
		this.audit = audit;
		this.json = json;
		this.maxBytes = maxBytes;
		this.maxPixels = maxPixels;
		this.thumbEdge = thumbEdge;
	}

	/** The largest photo accepted, in bytes. */
	public long maxBytes() {
		return maxBytes;
	}

	/**
	 * Checks every upload first (one 400 problem naming each bad one, nothing stored), then stores each: the copy
	 * without metadata and its thumbnail in the {@link PhotoStore}, the record (if the same content was not received
	 * before) in the caller's transaction, with an audit event. The result is in the uploads' order.
	 */
	@Transactional
	public List<Photo> accept(List<Photo.Upload> uploads) {
		List<ApiProblem.FieldProblem> problems = new ArrayList<>();
		List<Checked> checked = new ArrayList<>();
		for (Photo.Upload upload : uploads) {
			Checked one = check(upload, problems);
			if (one != null) {
				checked.add(one);
			}
		}
		if (!problems.isEmpty()) {
			throw ApiProblem.invalid(problems);
		}
		return checked.stream().map(this::store).toList();
	}

	private @Nullable Checked check(Photo.Upload upload, List<ApiProblem.FieldProblem> problems) {
		byte[] bytes = upload.bytes();
		if (bytes.length > maxBytes) {
			problems.add(new ApiProblem.FieldProblem(upload.field(), "photo.too-large", maxBytes / (1024 * 1024)));
			return null;
		}
		String mediaType = PhotoImage.mediaType(bytes);
		if (mediaType == null) {
			problems.add(new ApiProblem.FieldProblem(upload.field(), "photo.wrong-type"));
			return null;
		}
		Exif exif = Exif.of(bytes, PhotoImage.JPEG.equals(mediaType));
		BufferedImage image = PhotoImage.decode(bytes, mediaType, maxPixels, exif.orientation());
		if (image == null) {
			problems.add(new ApiProblem.FieldProblem(upload.field(), "photo.undecodable"));
			return null;
		}
		return new Checked(sha256Of(bytes), mediaType, bytes.length, image, exif);
	}

	private record Checked(String sha256, String mediaType, long bytes, BufferedImage image, Exif exif) {
	}

	private Photo store(Checked photo) {
		store.put(photo.sha256(), PhotoStore.Size.ORIGINAL, PhotoImage.encode(photo.image(), photo.mediaType()));
		store.put(photo.sha256(), PhotoStore.Size.THUMB,
				PhotoImage.encode(PhotoImage.thumbnail(photo.image(), thumbEdge), photo.mediaType()));
		Exif exif = photo.exif();
		int inserted = jdbc.sql("""
				INSERT INTO photo (sha256, media_type, width, height, bytes, exif_geom, exif_taken_at, uploaded_by)
				VALUES (:sha, :type, :width, :height, :bytes,
				        CASE WHEN CAST(:lon AS float8) IS NULL THEN NULL
				             ELSE ST_SetSRID(ST_MakePoint(:lon, :lat), 4326) END, :takenAt, :by)
				ON CONFLICT (sha256) DO NOTHING""")
			.param("sha", photo.sha256()).param("type", photo.mediaType())
			.param("width", photo.image().getWidth()).param("height", photo.image().getHeight())
			.param("bytes", photo.bytes()).param("lon", exif.lon()).param("lat", exif.lat())
			.param("takenAt", exif.takenAt()).param("by", Actor.current())
			.update();
		Photo stored = find(photo.sha256()).orElseThrow();
		if (inserted == 1) {
			Map<String, Object> after = new LinkedHashMap<>();
			after.put("sha256", stored.sha256());
			after.put("mediaType", stored.mediaType());
			after.put("bytes", stored.bytes());
			after.put("width", stored.width());
			after.put("height", stored.height());
			audit.record("photo.receive", "photo", stored.sha256(), null, json.writeValueAsString(after));
		}
		return stored;
	}

	/** A photo's record by hash. */
	@Transactional(readOnly = true)
	public Optional<Photo> find(String sha256) {
		if (!sha256.matches(SHA256)) {
			return Optional.empty();
		}
		return jdbc.sql("""
				SELECT sha256, media_type, width, height, bytes, ST_X(exif_geom) AS exif_lon, ST_Y(exif_geom) AS exif_lat,
				       exif_taken_at, uploaded_by, uploaded_at
				FROM photo WHERE sha256 = ?""")
			.param(sha256).query(Photo.class).optional();
	}

	/** The SHA-256 of bytes in lower-case hex, as photos are named. */
	public static String sha256Of(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
