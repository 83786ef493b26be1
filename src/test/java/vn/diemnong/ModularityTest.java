package vn.diemnong;

import static org.springframework.modulith.docs.Documenter.DiagramOptions.ElementsWithoutRelationships.VISIBLE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.CanvasOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions;

class ModularityTest {

	static final ApplicationModules MODULES = ApplicationModules.of(DiemNongApplication.class);

	static final Path DOCS = Path.of("docs/modules");

	@Test
	void noFeatureReachesIntoAnotherFeaturesInternals() {
		MODULES.verify();
	}

	/** Rewrites docs/modules (the README links it): commit what changes with the code that changed it. */
	@Test
	void documentsTheModules() throws IOException {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
			.writeDocumentation(DiagramOptions.defaults().withElementsWithoutRelationships(VISIBLE), CanvasOptions.defaults());
		try (Stream<Path> files = Files.list(DOCS)) {
			for (Path diagram : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
				Files.write(diagram, sorted(Files.readAllLines(diagram)));
			}
		}
	}

	/**
	 * The diagram with its components and relations in a stable order: Structurizr writes them in hash order, which
	 * changes from run to run, so the files would change when the modules have not.
	 */
	private static List<String> sorted(List<String> lines) {
		List<String> result = new ArrayList<>();
		List<String> run = new ArrayList<>();
		for (String line : lines) {
			String element = line.strip();
			if (element.startsWith("Component(") || element.startsWith("Rel(")) {
				run.add(line);
				continue;
			}
			result.addAll(run.stream().sorted().toList());
			run.clear();
			result.add(line);
		}
		result.addAll(run.stream().sorted().toList());
		return result;
	}
}
