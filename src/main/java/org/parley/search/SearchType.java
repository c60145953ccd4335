package org.parley.search;

/** What a search hit is. */
public enum SearchType {

	ARTICLE, STATEMENT

}
