/**
 * Positions: where each actor stands on each issue over time, with the evidence for it;
 * also the stance matrix, the shifts and an issue with the positions on it.
 */
@ApplicationModule(allowedDependencies = { "actor", "article", "issue", "statement", "common", "history" })
package org.parley.position;

import org.springframework.modulith.ApplicationModule;
