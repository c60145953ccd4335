package org.parley.common;

import java.util.List;

/**
 * Where the sources disagree about a record: the links an actor's or an event's detail
 * shows. Implemented by the discrepancy feature, which holds the disagreements; the
 * features it is about only know this interface, so they need not depend on it.
 */
public interface Disagreements {

	/** Links to the disagreements about the actor with this slug, by slug. */
	List<DiscrepancyRef> aboutActor(String slug);

	/** Links to the disagreements about the event with this slug, by slug. */
	List<DiscrepancyRef> aboutSummit(String slug);

}
