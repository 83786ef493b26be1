package vn.diemnong.photo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

import javax.imageio.ImageIO;

/** Real images for the tests, made here: JPEGs with an EXIF block written byte by byte (GPS, camera, orientation). */
public final class TestPhotos {

	public static final String CAMERA_MAKE = "DiemNongTestCam";

	private TestPhotos() {
	}

	/** A JPEG of a random colour (so each is a new photo), {@code width}×{@code height}. */
	public static byte[] jpeg(int width, int height) {
		return encode(picture(width, height), "jpeg");
	}

	public static byte[] png(int width, int height) {
		return encode(picture(width, height), "png");
	}

	/** A JPEG carrying EXIF: camera make and model, the orientation, and a GPS position. */
	public static byte[] jpegWithGps(int width, int height, double lat, double lon, int orientation) {
		return withExif(jpeg(width, height), exifTiff(lat, lon, orientation));
	}

	/** The image as a JPEG whose EXIF says how its stored rows and columns are to be shown (1 to 8). */
	public static byte[] jpegOriented(BufferedImage stored, int orientation) {
		return withExif(encode(stored, "jpeg"), exifTiff(21.2, 106.0, orientation));
	}

	/** An APP1 "Exif" segment with the TIFF structure, right after the JPEG's start-of-image marker. */
	private static byte[] withExif(byte[] plain, byte[] tiff) {
		ByteBuffer app1 = ByteBuffer.allocate(4 + 6 + tiff.length);
		app1.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + tiff.length));
		app1.put("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1)).put(tiff);
		ByteBuffer out = ByteBuffer.allocate(plain.length + app1.capacity());
		out.put(plain, 0, 2).put(app1.array()).put(plain, 2, plain.length - 2);
		return out.array();
	}

	private static BufferedImage picture(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(ThreadLocalRandom.current().nextInt(0xFFFFFF)));
		g.fillRect(0, 0, width, height);
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, width / 4, height / 8);
		g.dispose();
		return image;
	}

	private static byte[] encode(BufferedImage image, String format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** A big-endian TIFF structure: IFD0 (Make, Model, Orientation, GPS pointer) and the GPS IFD. */
	static byte[] exifTiff(double lat, double lon, int orientation) {
		byte[] make = (CAMERA_MAKE + "\0").getBytes(StandardCharsets.US_ASCII);
		byte[] model = "Field-1\0".getBytes(StandardCharsets.US_ASCII);
		int ifd0 = 8;
		int makeAt = ifd0 + 2 + 4 * 12 + 4;
		int modelAt = makeAt + make.length;
		int gps = modelAt + model.length;
		int latAt = gps + 2 + 4 * 12 + 4;
		int lonAt = latAt + 24;
		ByteBuffer b = ByteBuffer.allocate(lonAt + 24);
		b.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(ifd0);
		b.putShort((short) 4);
		entry(b, 0x010F, 2, make.length, makeAt);
		entry(b, 0x0110, 2, model.length, modelAt);
		b.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
		entry(b, 0x8825, 4, 1, gps);
		b.putInt(0);
		b.put(make).put(model);
		b.putShort((short) 4);
		b.putShort((short) 1).putShort((short) 2).putInt(2).put((byte) (lat < 0 ? 'S' : 'N')).put((byte) 0).putShort((short) 0);
		entry(b, 2, 5, 3, latAt);
		b.putShort((short) 3).putShort((short) 2).putInt(2).put((byte) (lon < 0 ? 'W' : 'E')).put((byte) 0).putShort((short) 0);
		entry(b, 4, 5, 3, lonAt);
		b.putInt(0);
		rationals(b, Math.abs(lat));
		rationals(b, Math.abs(lon));
		return b.array();
	}

	private static void entry(ByteBuffer b, int tag, int type, int count, int offset) {
		b.putShort((short) tag).putShort((short) type).putInt(count).putInt(offset);
	}

	/** Degrees, minutes, seconds as rationals (seconds to 1/10000). */
	private static void rationals(ByteBuffer b, double value) {
		int degrees = (int) value;
		int minutes = (int) ((value - degrees) * 60);
		double seconds = ((value - degrees) * 60 - minutes) * 60;
		b.putInt(degrees).putInt(1).putInt(minutes).putInt(1).putInt((int) Math.round(seconds * 10000)).putInt(10000);
	}
}
