package org.parley.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.parley.ParleyApplication;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleDependency;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.DependencyType;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parley's house plan: each package under {@code org.parley} is a module; dependencies
 * between modules run one way (no cycles, and only to the modules each
 * {@code package-info.java} allows), and a module reaches into another only through its
 * public types.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(ParleyApplication.class);

	static final String START = "<!-- modules:start -->";

	static final String END = "<!-- modules:end -->";

	@Test
	void modulesDependOnEachOtherOneWayOnly() {
		MODULES.verify();
	}

	@Test
	void documenterWritesTheModuleDiagrams() {
		Documenter documenter = new Documenter(MODULES);
		documenter.writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
		assertThat(Path.of("target/spring-modulith-docs/components.puml")).exists();
	}

	/** README shows the modules as they are: regenerate the block if this fails. */
	@Test
	void readmeShowsTheCurrentModuleDiagram() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		assertThat(readme).as("README's module diagram markers").contains(START, END);
		String shown = readme.substring(readme.indexOf(START) + START.length(), readme.indexOf(END));
		assertThat(shown.strip()).as("README's module diagram; replace the block between the markers with this")
			.isEqualTo(mermaid().strip());
	}

	/**
	 * The modules as a Mermaid flowchart: an arrow from each module to those it depends
	 * on, labelled {@code events} where it listens to their events; {@code common}, which
	 * every module uses, is left out.
	 */
	static String mermaid() {
		StringBuilder diagram = new StringBuilder("```mermaid\nflowchart BT\n");
		MODULES.stream()
			.sorted(Comparator.comparing(ApplicationModule::getDisplayName))
			.filter((module) -> !isCommon(module))
			.forEach((module) -> module.getDirectDependencies(MODULES)
				.stream()
				.filter((d) -> !isCommon(d.getTargetModule()))
				.collect(Collectors.groupingBy((d) -> d.getTargetModule().getIdentifier().toString()))
				.entrySet()
				.stream()
				.sorted(java.util.Map.Entry.comparingByKey())
				.forEach((target) -> {
					boolean events = target.getValue()
						.stream()
						.map(ApplicationModuleDependency::getDependencyType)
						.anyMatch(DependencyType.EVENT_LISTENER::equals);
					diagram.append("    ")
						.append(module.getIdentifier())
						.append(events ? " -->|events| " : " --> ")
						.append(target.getKey())
						.append('\n');
				}));
		return diagram.append("```").toString();
	}

	private static boolean isCommon(ApplicationModule module) {
		return module.getIdentifier().toString().equals("common");
	}

}
