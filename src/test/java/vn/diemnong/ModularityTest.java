package vn.diemnong;

import static org.springframework.modulith.docs.Documenter.DiagramOptions.ElementsWithoutRelationships.VISIBLE;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.CanvasOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions;

class ModularityTest {

	static final ApplicationModules MODULES = ApplicationModules.of(DiemNongApplication.class);

	@Test
	void noFeatureReachesIntoAnotherFeaturesInternals() {
		MODULES.verify();
	}

	/** Rewrites docs/modules (the README links it): commit what changes with the code that changed it. */
	@Test
	void documentsTheModules() {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
				.writeDocumentation(DiagramOptions.defaults().withElementsWithoutRelationships(VISIBLE),
						CanvasOptions.defaults());
	}
}
