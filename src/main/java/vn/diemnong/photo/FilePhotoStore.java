package vn.diemnong.photo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Photos as files under a folder: {@code <dir>/<first two hex digits>/<sha256>.<original|thumb>}. Each file is
 * written to a temporary name and moved into place, so a reader never sees half a photo. Inside a transaction the move
 * waits for the commit, and a rollback deletes the temporary file: a file in place is always one a committed record
 * names (the same hash stored earlier is never touched, since a file in place is never written or deleted again).
 */
class FilePhotoStore implements PhotoStore {

	private static final Logger LOG = LoggerFactory.getLogger(FilePhotoStore.class);

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
		Path temporary;
		try {
			Files.createDirectories(file.getParent());
			temporary = Files.createTempFile(file.getParent(), sha256, ".part");
			Files.write(temporary, content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			moveIntoPlace(temporary, file);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status == STATUS_COMMITTED) {
					moveIntoPlace(temporary, file);
				}
				else {
					delete(temporary);
				}
			}
		});
	}

	private static void moveIntoPlace(Path temporary, Path file) {
		try {
			Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			delete(temporary);
			throw new UncheckedIOException(ex);
		}
	}

	private static void delete(Path temporary) {
		try {
			Files.deleteIfExists(temporary);
		}
		catch (IOException ex) {
			LOG.warn("Could not delete the unused photo file {}", temporary, ex);
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
