package org.parley.actor;

import org.parley.common.References;

/**
 * An actor is about to be deleted, inside the deleting transaction. Features that refer
 * to actors listen and {@link References#add count} what still refers to it; the deletion
 * is refused with a 409 naming them while anything does.
 */
public record ActorDeleting(Long actorId, String slug, References references) {
}
