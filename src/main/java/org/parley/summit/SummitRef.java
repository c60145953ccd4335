package org.parley.summit;

/** How other resources name an event. */
public record SummitRef(String slug, String title) {

	public static SummitRef of(Summit summit) {
		return new SummitRef(summit.getSlug(), summit.getTitle());
	}

}
