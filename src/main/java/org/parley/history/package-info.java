/**
 * History: who changed what when, from Hibernate Envers' revisions, for every feature.
 */
@ApplicationModule(allowedDependencies = { "security", "common" })
package org.parley.history;

import org.springframework.modulith.ApplicationModule;
