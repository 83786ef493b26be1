package vn.diemnong.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.diemnong.IntegrationTest;
import vn.diemnong.common.ApiProblem;

/** Photos are judged by their content, named by the hash of what was received, and stored without EXIF. */
@IntegrationTest
class PhotosIT {

	@Autowired
	Photos photos;

	@Autowired
	PhotoStore store;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theHashIsOfTheBytesReceivedAndTheStoredCopyCarriesNoExifButThePositionIsKept() throws Exception {
		byte[] sent = TestPhotos.jpegWithGps(640, 480, 21.16714, 106.06056, 1);
		assertThat(new String(sent, StandardCharsets.ISO_8859_1)).contains("Exif").contains(TestPhotos.CAMERA_MAKE);

		Photo photo = photos.accept(List.of(new Photo.Upload("photos[0]", sent))).get(0);

		String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(sent));
		assertThat(photo.sha256()).isEqualTo(expected);
		assertThat(photo.bytes()).isEqualTo(sent.length);
		assertThat(photo.mediaType()).isEqualTo("image/jpeg");
		assertThat(photo.exifLat()).isCloseTo(21.16714, within(1e-5));
		assertThat(photo.exifLon()).isCloseTo(106.06056, within(1e-5));

		byte[] stored = store.get(photo.sha256(), PhotoStore.Size.ORIGINAL).orElseThrow();
		String storedText = new String(stored, StandardCharsets.ISO_8859_1);
		assertThat(storedText).doesNotContain("Exif").doesNotContain(TestPhotos.CAMERA_MAKE).doesNotContain("Field-1");
		assertThat(Exif.of(stored, true)).isEqualTo(Exif.NONE);
		BufferedImage copy = ImageIO.read(new ByteArrayInputStream(stored));
		assertThat(copy.getWidth()).isEqualTo(640);
		assertThat(copy.getHeight()).isEqualTo(480);

		BufferedImage thumb = ImageIO.read(new ByteArrayInputStream(
				store.get(photo.sha256(), PhotoStore.Size.THUMB).orElseThrow()));
		assertThat(Math.max(thumb.getWidth(), thumb.getHeight())).isEqualTo(320);
		assertThat(jdbc.sql("SELECT ST_AsText(exif_geom) FROM photo WHERE sha256 = ?").param(photo.sha256())
			.query(String.class).single()).startsWith("POINT(106.0605");
	}

	@Test
	void theCopyIsTurnedUprightAsTheExifOrientationSaid() {
		byte[] sent = TestPhotos.jpegWithGps(400, 200, 21.2, 106.0, 6);
		Photo photo = photos.accept(List.of(new Photo.Upload("photos[0]", sent))).get(0);
		assertThat(photo.width()).isEqualTo(200);
		assertThat(photo.height()).isEqualTo(400);
	}

	@Test
	void theTypeIsJudgedByContentAndEachBadUploadIsNamed() {
		byte[] png = TestPhotos.png(50, 40);
		assertThat(photos.accept(List.of(new Photo.Upload("photos[0]", png))).get(0).mediaType())
			.isEqualTo("image/png");

		byte[] text = "not an image at all, though named photo.jpg".getBytes(StandardCharsets.UTF_8);
		byte[] fakeJpeg = Arrays.copyOf(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 }, 2000);
		byte[] good = TestPhotos.jpeg(30, 30);
		assertThatThrownBy(() -> photos.accept(List.of(new Photo.Upload("photos[0]", good),
				new Photo.Upload("photos[1]", text), new Photo.Upload("photos[2]", fakeJpeg))))
			.isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.errors())
				.extracting(e -> e.field() + ":" + e.code())
				.containsExactly("photos[1]:photo.wrong-type", "photos[2]:photo.undecodable"));
		assertThat(photos.find(sha(good))).as("nothing stored when one upload is bad").isEmpty();
	}

	@Test
	void aPhotoOverTheLimitIsRefused() {
		byte[] jpeg = TestPhotos.jpeg(20, 20);
		byte[] big = Arrays.copyOf(jpeg, (int) photos.maxBytes() + 1);
		assertThatThrownBy(() -> photos.accept(List.of(new Photo.Upload("photos[0]", big))))
			.isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.errors())
				.extracting(e -> e.field() + ":" + e.code()).containsExactly("photos[0]:photo.too-large"));
		byte[] atLimit = Arrays.copyOf(jpeg, (int) photos.maxBytes());
		assertThat(photos.accept(List.of(new Photo.Upload("photos[0]", atLimit))).get(0).bytes())
			.as("trailing bytes after the image's end do not stop a decode").isEqualTo(photos.maxBytes());
	}

	@Test
	void theSameContentTwiceIsOnePhoto() {
		byte[] sent = TestPhotos.jpeg(60, 60);
		Photo first = photos.accept(List.of(new Photo.Upload("photos[0]", sent))).get(0);
		Photo again = photos.accept(List.of(new Photo.Upload("photos[0]", sent))).get(0);
		assertThat(again).isEqualTo(first);
		assertThat(jdbc.sql("SELECT count(*) FROM photo WHERE sha256 = ?").param(first.sha256()).query(Long.class)
			.single()).isOne();
	}

	private static String sha(byte[] bytes) {
		return Photos.sha256Of(bytes);
	}
}
