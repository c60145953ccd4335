/**
 * Configuration: the embedded PostgreSQL default, MVC, Tomcat and OpenAPI settings shared
 * by every feature.
 */
@ApplicationModule(allowedDependencies = "common")
package org.parley.config;

import org.springframework.modulith.ApplicationModule;
