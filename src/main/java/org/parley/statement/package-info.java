/**
 * Statements: what actors said, verbatim or reported, each at its exact span of an
 * article; also serves articles and summits with the statements citing them.
 */
@ApplicationModule(allowedDependencies = { "actor", "article", "issue", "summit", "common", "history" })
package org.parley.statement;

import org.springframework.modulith.ApplicationModule;
