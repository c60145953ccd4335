package org.parley.discrepancy;

/** How a record links to a disagreement about it. */
public record DiscrepancyRef(String slug, String question, String href) {

	static DiscrepancyRef of(Discrepancy d) {
		return new DiscrepancyRef(d.getSlug(), d.getQuestion(), "/api/v1/discrepancies/" + d.getSlug());
	}

}
