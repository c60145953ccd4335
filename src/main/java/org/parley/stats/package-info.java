/** Stats: counts for dashboards, a read model in SQL. */
@ApplicationModule(allowedDependencies = { "actor", "issue", "common" })
package org.parley.stats;

import org.springframework.modulith.ApplicationModule;
