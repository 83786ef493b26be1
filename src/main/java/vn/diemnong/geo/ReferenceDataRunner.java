package vn.diemnong.geo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Boundaries are loaded in every run, before any other data (demo data needs the communes). */
@Component
@Order(0)
class ReferenceDataRunner implements ApplicationRunner {

	private final BoundaryLoader boundaries;

	ReferenceDataRunner(BoundaryLoader boundaries) {
		this.boundaries = boundaries;
	}

	@Override
	public void run(ApplicationArguments args) {
		boundaries.loadIfMissing();
	}
}
