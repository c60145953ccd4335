package org.parley.summit;

import java.util.Optional;

import org.parley.common.ResourceNotFound;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What other features may ask of the events: look them up, and show one. */
@Component
@Transactional(readOnly = true)
public class Summits {

	private final SummitRepository summits;

	Summits(SummitRepository summits) {
		this.summits = summits;
	}

	/** The event with this slug; a 404 problem if there is none. */
	public Summit require(String slug) {
		return find(slug).orElseThrow(() -> ResourceNotFound.of("summit", slug));
	}

	public Optional<Summit> find(String slug) {
		return this.summits.findBySlug(slug);
	}

	/** The event as the API shows it (fields, participants, sources). */
	public SummitResponse describe(Summit summit) {
		return SummitMapper.toResponse(summit);
	}

}
