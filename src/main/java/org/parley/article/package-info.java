/**
 * Articles: the sources, stored verbatim, that every fact points back to. Others look
 * them up through {@link org.parley.article.Articles}.
 */
@ApplicationModule(allowedDependencies = { "common", "history" })
package org.parley.article;

import org.springframework.modulith.ApplicationModule;
