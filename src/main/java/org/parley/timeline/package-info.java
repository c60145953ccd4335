/**
 * Timeline: events, statements and stance changes in one date-ordered list, a read model
 * in SQL.
 */
@ApplicationModule(allowedDependencies = { "actor", "issue", "position", "common" })
package org.parley.timeline;

import org.springframework.modulith.ApplicationModule;
