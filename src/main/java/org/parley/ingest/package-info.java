/**
 * Ingestion: new reporting in. Extraction proposes the direct quotes of an article, with
 * their speakers and issues, as candidates an editor accepts (they become statements) or
 * rejects; the extractor itself lives in {@code extraction}.
 */
@ApplicationModule(allowedDependencies = { "article", "actor", "issue", "statement", "common", "history" })
package org.parley.ingest;

import org.springframework.modulith.ApplicationModule;
