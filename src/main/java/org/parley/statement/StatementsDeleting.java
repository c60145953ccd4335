package org.parley.statement;

import java.util.List;

/**
 * Statements are about to be deleted, inside the deleting transaction. Features citing
 * statements listen: without {@code cascade} they refuse with a 409 while they cite one;
 * with {@code cascade} they drop their citations, or refuse for what they must keep.
 */
public record StatementsDeleting(List<Long> statementIds, boolean cascade) {
}
