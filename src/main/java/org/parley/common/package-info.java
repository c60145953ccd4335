/**
 * The shared kernel every feature may use: problems (RFC 9457), paging and sorting,
 * preconditions and ETags, merge patches, exports, and the events' vocabulary.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.parley.common;

import org.springframework.modulith.ApplicationModule;
