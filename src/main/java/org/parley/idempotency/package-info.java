/**
 * Idempotency: a POST retried with the same Idempotency-Key is answered as the first one
 * was.
 */
@ApplicationModule(allowedDependencies = "common")
package org.parley.idempotency;

import org.springframework.modulith.ApplicationModule;
