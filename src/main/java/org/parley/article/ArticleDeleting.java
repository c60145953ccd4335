package org.parley.article;

import org.parley.common.References;

/**
 * An article is about to be deleted, inside the deleting transaction. Features that cite
 * articles listen: without {@code cascade} they only {@link References#add count} what
 * cites it (the deletion is then refused with a 409 naming it all); with {@code cascade}
 * they remove or unlink what cites it, or throw a {@code Conflict} for what they must
 * keep.
 */
public record ArticleDeleting(Long articleId, String slug, boolean cascade, References references) {
}
