/**
 * Issues: the topics that decide a deal (ceasefire, territory, ...). Others look them up
 * through {@link org.parley.issue.Issues}.
 */
@ApplicationModule(allowedDependencies = { "common", "history" })
package org.parley.issue;

import org.springframework.modulith.ApplicationModule;
