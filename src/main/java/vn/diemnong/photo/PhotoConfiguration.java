package vn.diemnong.photo;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

@Configuration
class PhotoConfiguration {

	/** The file system store, unless another {@link PhotoStore} (an object store) is configured. */
	@Bean
	@ConditionalOnMissingBean(PhotoStore.class)
	PhotoStore filePhotoStore(@Value("${diemnong.photo.directory:}") String directory,
			@Value("${diemnong.embedded-db.home:}") String embeddedHome) {
		if (StringUtils.hasText(directory)) {
			return new FilePhotoStore(Path.of(directory));
		}
		if (StringUtils.hasText(embeddedHome)) {
			return new FilePhotoStore(Path.of(embeddedHome, "photos"));
		}
		// an external database and no folder: the service runs, and refuses photos until one is set
		return new PhotoStore() {
			@Override
			public void put(String sha256, Size size, byte[] content) {
				throw unset();
			}

			@Override
			public java.util.Optional<byte[]> get(String sha256, Size size) {
				throw unset();
			}
		};
	}

	private static IllegalStateException unset() {
		return new IllegalStateException("Set diemnong.photo.directory: where the photos received are kept");
	}
}
