/**
 * Summits: the meetings, calls and joint statements where negotiations happen, with who
 * took part and which articles report them.
 */
@ApplicationModule(allowedDependencies = { "actor", "article", "common", "history" })
package org.parley.summit;

import org.springframework.modulith.ApplicationModule;
