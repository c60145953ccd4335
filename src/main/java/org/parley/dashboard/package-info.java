/**
 * Dashboard: the reference web client, static files that read the public API like any
 * third-party frontend; this module only serves its page at each of its deep links.
 */
@ApplicationModule(allowedDependencies = {})
package org.parley.dashboard;

import org.springframework.modulith.ApplicationModule;
