package org.parley.common;

/** How a record links to a disagreement between sources about it. */
public record DiscrepancyRef(String slug, String question, String href) {

	public static DiscrepancyRef of(String slug, String question) {
		return new DiscrepancyRef(slug, question, "/api/v1/discrepancies/" + slug);
	}

}
