package org.parley.architecture;

import org.junit.jupiter.api.Test;
import org.parley.ParleyApplication;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Parley's house plan: each feature package is a module, dependencies between them run
 * one way (no cycles), and a module reaches into another only through its public types.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(ParleyApplication.class);

	@Test
	void modulesDependOnEachOtherWithoutCycles() {
		MODULES.verify();
	}

	@Test
	void writesTheModuleDiagram() {
		new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
