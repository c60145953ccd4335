package org.parley.issue;

import org.parley.common.References;

/**
 * An issue is about to be deleted, inside the deleting transaction. Features that refer
 * to issues listen and {@link References#add count} what still uses it; the deletion is
 * refused with a 409 naming them while anything does.
 */
public record IssueDeleting(Long issueId, String code, References references) {
}
