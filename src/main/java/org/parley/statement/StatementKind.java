package org.parley.statement;

/** Whether the article prints the speaker's own words or reports them. */
public enum StatementKind {

	DIRECT_QUOTE, PARAPHRASE

}
