/** Security: API keys, who may write, and rate limits. */
@ApplicationModule(allowedDependencies = "common")
package org.parley.security;

import org.springframework.modulith.ApplicationModule;
