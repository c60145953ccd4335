/** Search: full-text search over articles and statements, a read model in SQL. */
@ApplicationModule(allowedDependencies = { "actor", "article", "common" })
package org.parley.search;

import org.springframework.modulith.ApplicationModule;
