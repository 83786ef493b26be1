package vn.diemnong.photo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;

/**
 * Photos as files under a folder: {@code <dir>/<first two hex digits>/<sha256>.<original|thumb>}. Each file is
 * written to a temporary name and moved into place, so a reader never sees half a photo.
 */
class FilePhotoStore implements PhotoStore {

	private final Path directory;

	FilePhotoStore(Path directory) {
		this.directory = directory;
	}

	@Override
	public void put(String sha256, Size size, byte[] content) {
		Path file = file(sha256, size);
		if (Files.exists(file)) {
			return;
		}
		try {
			Files.createDirectories(file.getParent());
			Path temporary = Files.createTempFile(file.getParent(), sha256, ".part");
			Files.write(temporary, content);
			Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public Optional<byte[]> get(String sha256, Size size) {
		try {
			return Optional.of(Files.readAllBytes(file(sha256, size)));
		}
		catch (NoSuchFileException absent) {
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Path file(String sha256, Size size) {
		if (!sha256.matches(Photos.SHA256)) {
			throw new IllegalArgumentException("not a SHA-256: " + sha256);
		}
		return directory.resolve(sha256.substring(0, 2)).resolve(sha256 + "." + size.name().toLowerCase(Locale.ROOT));
	}
}
