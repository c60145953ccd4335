package org.parley.summit;

import org.parley.common.References;

/**
 * An event is about to be deleted, inside the deleting transaction. Features that refer
 * to events listen: without {@code cascade} they only {@link References#add count} what
 * refers to it (the deletion is then refused with a 409); with {@code cascade} they
 * unlink it.
 */
public record SummitDeleting(Long summitId, String slug, boolean cascade, References references) {
}
