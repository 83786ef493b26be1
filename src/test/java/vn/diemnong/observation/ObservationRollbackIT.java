package vn.diemnong.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;
import vn.diemnong.Api;
import vn.diemnong.Fixtures;
import vn.diemnong.IntegrationTest;
import vn.diemnong.Multipart;
import vn.diemnong.photo.PhotoStore;
import vn.diemnong.photo.Photos;
import vn.diemnong.photo.TestPhotos;

/**
 * An observation refused after its photos were checked and written leaves no photo behind (no file, no record), and
 * never touches a photo of the same content that an earlier observation keeps.
 */
@IntegrationTest
class ObservationRollbackIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final String COMMUNE = "xa.vocuong";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PhotoStore store;

	@Value("${diemnong.photo.directory:${diemnong.embedded-db.home}/photos}")
	Path photoDirectory;

	/** Refused late: the status "seen" is the site's status already, found only after the photos are stored. */
	private Api.Response fileUnchangedStatus(long site, byte[]... photos) {
		Multipart request = new Multipart().json("observation", JSON.writeValueAsString(observation("operating")));
		for (byte[] photo : photos) {
			request.file("photos", "IMG_0002.jpg", "image/jpeg", photo);
		}
		return request.post(port, "/api/v1/sites/" + site + "/observations", COMMUNE, "Idempotency-Key",
				UUID.randomUUID().toString());
	}

	private static Map<String, Object> observation(String newStatus) {
		Map<String, Object> o = new LinkedHashMap<>();
		if (newStatus != null) {
			o.put("newStatus", newStatus);
		}
		o.put("findings", List.of("working"));
		o.put("position", Fixtures.point(Fixtures.VO_CUONG));
		o.put("accuracyM", 10);
		o.put("observedAt", OffsetDateTime.now(ZoneOffset.ofHours(7)).minusMinutes(5).withNano(0).toString());
		return o;
	}

	private static byte[] uniquePhoto() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return TestPhotos.jpegWithGps(320, 240, 21 + random.nextDouble(), 106 + random.nextDouble(), 1);
	}

	private long rows(String sha) {
		return jdbc.sql("SELECT count(*) FROM photo WHERE sha256 = ?").param(sha).query(Long.class).single();
	}

	/** Every file under the photo folder whose name starts with the hash, temporary ones included. */
	private List<Path> files(String sha) throws IOException {
		Path folder = photoDirectory.resolve(sha.substring(0, 2));
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> all = Files.list(folder)) {
			return all.filter(file -> file.getFileName().toString().startsWith(sha)).toList();
		}
	}

	@Test
	void aRefusedObservationLeavesNoPhotoFileOrRecord() throws IOException {
		long site = Fixtures.site(new Api(port, "moitruong"), Fixtures.unique("Xưởng hoàn tác"), Fixtures.VO_CUONG);
		byte[] photo = uniquePhoto();
		String sha = Photos.sha256Of(photo);

		Api.Response refused = fileUnchangedStatus(site, photo);

		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(refused.body()).contains("status-unchanged");
		assertThat(rows(sha)).isZero();
		assertThat(store.get(sha, PhotoStore.Size.ORIGINAL).isPresent()).as("the stored copy").isFalse();
		assertThat(store.get(sha, PhotoStore.Size.THUMB).isPresent()).as("the thumbnail").isFalse();
		assertThat(files(sha)).as("no file named by the hash, temporary or not").isEmpty();
	}

	@Test
	void aRefusedObservationKeepsTheFilesOfAPhotoAnEarlierObservationStored() throws IOException {
		long site = Fixtures.site(new Api(port, "moitruong"), Fixtures.unique("Xưởng ảnh chung"), Fixtures.VO_CUONG);
		byte[] kept = uniquePhoto();
		byte[] fresh = uniquePhoto();
		Multipart first = new Multipart().json("observation", JSON.writeValueAsString(observation(null)))
			.file("photos", "IMG_0003.jpg", "image/jpeg", kept);
		Api.Response filed = first.post(port, "/api/v1/sites/" + site + "/observations", COMMUNE, "Idempotency-Key",
				UUID.randomUUID().toString());
		assertThat(filed.status()).as(filed.body()).isEqualTo(201);
		String keptSha = Photos.sha256Of(kept);
		byte[] keptCopy = store.get(keptSha, PhotoStore.Size.ORIGINAL).orElseThrow();

		Api.Response refused = fileUnchangedStatus(site, kept, fresh);

		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(rows(keptSha)).isOne();
		assertThat(store.get(keptSha, PhotoStore.Size.ORIGINAL).orElseThrow()).isEqualTo(keptCopy);
		assertThat(store.get(keptSha, PhotoStore.Size.THUMB).isPresent()).isTrue();
		assertThat(Multipart.getBytes(port, "/api/v1/photos/" + keptSha, COMMUNE).statusCode()).isEqualTo(200);
		String freshSha = Photos.sha256Of(fresh);
		assertThat(rows(freshSha)).isZero();
		assertThat(files(freshSha)).isEmpty();
	}
}
