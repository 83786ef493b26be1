package vn.diemnong.photo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.awt.Color;
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

	/**
	 * Every EXIF orientation, the mirrored ones (2, 4, 5, 7) too. The upright picture has four coloured quarters; each
	 * JPEG stores it as a camera would for that orientation (the table of the EXIF 2.32 standard, written out here
	 * pixel by pixel), and the stored copy must show the quarters where the upright picture has them.
	 */
	@Test
	void everyExifOrientationMirroredOnesTooIsAppliedToTheCopy() {
		int width = 96;
		int height = 64;
		Color[] quarters = { Color.RED, Color.GREEN, Color.BLUE, Color.YELLOW };
		java.util.function.BiFunction<Integer, Integer, Color> upright = (x, y) ->
			quarters[(y < height / 2 ? 0 : 2) + (x < width / 2 ? 0 : 1)];
		for (int orientation = 1; orientation <= 8; orientation++) {
			boolean quarter = orientation >= 5;
			int sw = quarter ? height : width;
			int sh = quarter ? width : height;
			BufferedImage stored = new BufferedImage(sw, sh, BufferedImage.TYPE_INT_RGB);
			for (int y = 0; y < sh; y++) {
				for (int x = 0; x < sw; x++) {
					// where the stored pixel (x, y) is shown, per orientation
					int[] shown = switch (orientation) {
						case 1 -> new int[] { x, y };
						case 2 -> new int[] { sw - 1 - x, y };
						case 3 -> new int[] { sw - 1 - x, sh - 1 - y };
						case 4 -> new int[] { x, sh - 1 - y };
						case 5 -> new int[] { y, x };
						case 6 -> new int[] { sh - 1 - y, x };
						case 7 -> new int[] { sh - 1 - y, sw - 1 - x };
						default -> new int[] { y, sw - 1 - x };
					};
					stored.setRGB(x, y, upright.apply(shown[0], shown[1]).getRGB());
				}
			}
			Photo photo = photos.accept(List.of(new Photo.Upload("photos[0]",
					TestPhotos.jpegOriented(stored, orientation)))).get(0);
			assertThat(photo.width()).as("orientation %d", orientation).isEqualTo(width);
			assertThat(photo.height()).as("orientation %d", orientation).isEqualTo(height);
			BufferedImage copy = read(store.get(photo.sha256(), PhotoStore.Size.ORIGINAL).orElseThrow());
			int[][] probes = { { width / 4, height / 4 }, { 3 * width / 4, height / 4 }, { width / 4, 3 * height / 4 },
					{ 3 * width / 4, 3 * height / 4 } };
			for (int[] probe : probes) {
				Color expected = upright.apply(probe[0], probe[1]);
				Color got = new Color(copy.getRGB(probe[0], probe[1]));
				assertThat(distance(expected, got)).as("orientation %d at %d,%d: %s", orientation, probe[0], probe[1], got)
					.isLessThan(60);
			}
		}
	}

	private static BufferedImage read(byte[] bytes) {
		try {
			return ImageIO.read(new ByteArrayInputStream(bytes));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static double distance(Color a, Color b) {
		return Math.sqrt(Math.pow(a.getRed() - b.getRed(), 2) + Math.pow(a.getGreen() - b.getGreen(), 2)
				+ Math.pow(a.getBlue() - b.getBlue(), 2));
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
