package vn.diemnong.photo;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import org.jspecify.annotations.Nullable;

/**
 * A photo's content judged by itself, not by its name or declared type: JPEG or PNG by the magic bytes, then really
 * decoded (refusing more pixels than allowed before decoding them). Re-encoded, it loses every metadata block.
 */
final class PhotoImage {

	static final String JPEG = "image/jpeg";
	static final String PNG = "image/png";

	private static final byte[] JPEG_MAGIC = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };
	private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private PhotoImage() {
	}

	/** image/jpeg or image/png by the first bytes; null for anything else. */
	static @Nullable String mediaType(byte[] bytes) {
		if (startsWith(bytes, JPEG_MAGIC)) {
			return JPEG;
		}
		return startsWith(bytes, PNG_MAGIC) ? PNG : null;
	}

	private static boolean startsWith(byte[] bytes, byte[] magic) {
		return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
	}

	/** The decoded image, upright; null when it does not decode or is larger than {@code maxPixels}. */
	static @Nullable BufferedImage decode(byte[] bytes, String mediaType, long maxPixels, int orientation) {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(mediaType);
		if (!readers.hasNext()) {
			return null;
		}
		ImageReader reader = readers.next();
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			reader.setInput(in, true, true);
			if ((long) reader.getWidth(0) * reader.getHeight(0) > maxPixels) {
				return null;
			}
			return upright(reader.read(0), orientation);
		}
		catch (IOException | RuntimeException undecodable) {
			return null;
		}
		finally {
			reader.dispose();
		}
	}

	/**
	 * Turns the pixels as the EXIF orientation says how the stored rows and columns are to be shown: 2 mirrored left to
	 * right, 3 half a turn, 4 mirrored top to bottom, 5 transposed (mirrored across the top-left to bottom-right
	 * diagonal), 6 a quarter turn clockwise, 7 transversed (across the other diagonal), 8 a quarter turn anticlockwise.
	 */
	private static BufferedImage upright(BufferedImage image, int orientation) {
		int w = image.getWidth();
		int h = image.getHeight();
		// x' = m00 x + m01 y + m02, y' = m10 x + m11 y + m12; arguments in the order m00, m10, m01, m11, m02, m12
		AffineTransform turn;
		switch (orientation) {
			case 2 -> turn = new AffineTransform(-1, 0, 0, 1, w, 0);
			case 3 -> turn = new AffineTransform(-1, 0, 0, -1, w, h);
			case 4 -> turn = new AffineTransform(1, 0, 0, -1, 0, h);
			case 5 -> turn = new AffineTransform(0, 1, 1, 0, 0, 0);
			case 6 -> turn = new AffineTransform(0, 1, -1, 0, h, 0);
			case 7 -> turn = new AffineTransform(0, -1, -1, 0, h, w);
			case 8 -> turn = new AffineTransform(0, -1, 1, 0, 0, w);
			default -> {
				return image;
			}
		}
		boolean quarter = orientation >= 5;
		BufferedImage out = new BufferedImage(quarter ? h : w, quarter ? w : h, rgbType(image));
		Graphics2D g = out.createGraphics();
		g.drawImage(image, turn, null);
		g.dispose();
		return out;
	}

	/** The image no larger than {@code edge} pixels on its longer side. */
	static BufferedImage thumbnail(BufferedImage image, int edge) {
		double scale = Math.min(1.0, (double) edge / Math.max(image.getWidth(), image.getHeight()));
		int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
		int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
		BufferedImage out = new BufferedImage(w, h, rgbType(image));
		Graphics2D g = out.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
		g.drawImage(image, 0, 0, w, h, null);
		g.dispose();
		return out;
	}

	private static int rgbType(BufferedImage image) {
		return image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
	}

	/** Encoded afresh: pixels only, no EXIF, XMP, comments or text chunks. */
	static byte[] encode(BufferedImage image, String mediaType) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			if (PNG.equals(mediaType)) {
				ImageIO.write(image, "png", out);
				return out.toByteArray();
			}
			BufferedImage rgb = image;
			if (image.getType() != BufferedImage.TYPE_INT_RGB && image.getType() != BufferedImage.TYPE_3BYTE_BGR
					&& image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
				rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
				Graphics2D g = rgb.createGraphics();
				g.drawImage(image, 0, 0, java.awt.Color.WHITE, null);
				g.dispose();
			}
			ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(0.9f);
			try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
				writer.setOutput(stream);
				writer.write(null, new IIOImage(rgb, null, null), param);
			}
			finally {
				writer.dispose();
			}
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
