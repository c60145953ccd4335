/**
 * Actors: the people, states, organisations and groups taking part in negotiations.
 * Others look them up through {@link org.parley.actor.Actors}.
 */
@ApplicationModule(allowedDependencies = { "common", "history" })
package org.parley.actor;

import org.springframework.modulith.ApplicationModule;
