package vn.diemnong.tip;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Encrypts reporters' contacts with AES-GCM under a key from the configuration, never from the database: the key
 * itself ({@code diemnong.tip.contact-key}), a key file, or, for the embedded database of the demo, a file next to
 * the cluster made on first start. The tip's id is bound as associated data, so a ciphertext moved to another tip
 * does not decrypt. Stored form: 12-byte nonce, then ciphertext and 16-byte tag.
 */
@Component
class ContactCipher {

	private static final Logger log = LoggerFactory.getLogger(ContactCipher.class);
	private static final int NONCE = 12;
	private static final int TAG_BITS = 128;
	private static final SecureRandom RANDOM = new SecureRandom();

	private final @Nullable SecretKeySpec key;

	ContactCipher(TipSettings settings, @Value("${diemnong.embedded-db.home:}") String embeddedHome) {
		byte[] bytes = keyBytes(settings, embeddedHome);
		this.key = bytes == null ? null : new SecretKeySpec(bytes, "AES");
		if (key == null) {
			log.warn("No key for reporters' contacts (diemnong.tip.contact-key or -key-file): tips are taken anonymously only");
		}
	}

	boolean available() {
		return key != null;
	}

	byte[] encrypt(String contact, long tipId) {
		byte[] nonce = new byte[NONCE];
		RANDOM.nextBytes(nonce);
		byte[] sealed = run(Cipher.ENCRYPT_MODE, nonce, tipId, contact.getBytes(StandardCharsets.UTF_8));
		return ByteBuffer.allocate(NONCE + sealed.length).put(nonce).put(sealed).array();
	}

	String decrypt(byte[] stored, long tipId) {
		byte[] plain = run(Cipher.DECRYPT_MODE, Arrays.copyOf(stored, NONCE), tipId,
				Arrays.copyOfRange(stored, NONCE, stored.length));
		return new String(plain, StandardCharsets.UTF_8);
	}

	private byte[] run(int mode, byte[] nonce, long tipId, byte[] input) {
		if (key == null) {
			throw new IllegalStateException("no contact key configured");
		}
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(("tip:" + tipId).getBytes(StandardCharsets.US_ASCII));
			return cipher.doFinal(input);
		}
		catch (GeneralSecurityException ex) {
			// the message of a cipher exception holds no plaintext; say only which tip
			throw new IllegalStateException("contact of tip " + tipId + " does not " + (mode == Cipher.ENCRYPT_MODE
					? "encrypt" : "decrypt") + " (wrong key?)");
		}
	}

	private static byte @Nullable [] keyBytes(TipSettings settings, String embeddedHome) {
		if (StringUtils.hasText(settings.contactKey())) {
			return checked(Base64.getDecoder().decode(settings.contactKey().trim()));
		}
		Path file = StringUtils.hasText(settings.contactKeyFile()) ? Path.of(settings.contactKeyFile())
				: StringUtils.hasText(embeddedHome) ? Path.of(embeddedHome, "tip-contact.key") : null;
		if (file == null) {
			return null;
		}
		try {
			if (!Files.exists(file)) {
				Files.createDirectories(file.toAbsolutePath().getParent());
				byte[] secret = new byte[32];
				RANDOM.nextBytes(secret);
				Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
				Files.writeString(file, Base64.getEncoder().encodeToString(secret));
				log.info("Made a new key for reporters' contacts in {}", file.toAbsolutePath());
			}
			return checked(Base64.getDecoder().decode(Files.readString(file).trim()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("contact key file " + file, ex);
		}
	}

	private static byte[] checked(byte[] key) {
		if (key.length != 16 && key.length != 24 && key.length != 32) {
			throw new IllegalStateException("the contact key must be 16, 24 or 32 bytes (base64), not " + key.length);
		}
		return key;
	}
}
