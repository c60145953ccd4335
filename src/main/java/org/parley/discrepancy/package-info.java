/**
 * Discrepancies: facts the sources disagree on, each reading with the articles that give
 * it in their own words.
 */
@ApplicationModule(allowedDependencies = { "article", "common" })
package org.parley.discrepancy;

import org.springframework.modulith.ApplicationModule;
