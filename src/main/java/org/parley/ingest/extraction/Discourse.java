package org.parley.ingest.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one article has said so far, for pronouns and short references: the most recent
 * person (and of each gender), group and other actor, and the unknown speakers proposed,
 * by name, surname and title. One per {@code extract} call.
 */
final class Discourse {

	private static final int RECENT = 8;

	private final String homeAdjective;

	/**
	 * @param homeAdjective the adjective of the state the dateline names ("German" for
	 * "BERLIN –"), or null
	 */
	Discourse(String homeAdjective) {
		this.homeAdjective = homeAdjective;
	}

	String homeAdjective() {
		return this.homeAdjective;
	}

	private Speaker person;

	private Speaker feminine;

	private Speaker group;

	private Speaker passingWoman;

	private int clock;

	private int feminineAt;

	private int passingWomanAt;

	private Speaker other;

	private final java.util.Deque<Speaker> recentPersons = new java.util.ArrayDeque<>();

	private final java.util.Deque<Speaker> recentOthers = new java.util.ArrayDeque<>();

	private final Map<String, ProposedActor> proposedByName = new LinkedHashMap<>();

	private final Map<String, ProposedActor> proposedBySurname = new LinkedHashMap<>();

	private final Map<String, ProposedActor> proposedByTitle = new LinkedHashMap<>();

	private final Map<String, List<String>> descriptions = new LinkedHashMap<>();

	void mentioned(Speaker speaker) {
		if (speaker == null) {
			return;
		}
		if (speaker.isPerson()) {
			remember(this.recentPersons, speaker);
			this.person = speaker;
			if (Boolean.TRUE.equals(speaker.feminine())) {
				this.feminine = speaker;
				this.feminineAt = ++this.clock;
			}
		}
		else if (speaker.isGroup()) {
			this.group = speaker;
		}
		else {
			remember(this.recentOthers, speaker);
			this.other = speaker;
		}
	}

	/**
	 * A woman named but not as speaker or subject ("he told CNN’s Dana Bash"): "she" is
	 * her when the latest person is not a woman and no woman has been named since.
	 */
	void namedInPassing(Speaker woman) {
		this.passingWoman = woman;
		this.passingWomanAt = ++this.clock;
	}

	private static void remember(java.util.Deque<Speaker> recent, Speaker speaker) {
		recent.removeIf(speaker::sameActor);
		recent.addFirst(speaker);
		while (recent.size() > RECENT) {
			recent.removeLast();
		}
	}

	/** The latest persons named, most recent first. */
	List<Speaker> recentPersons() {
		return List.copyOf(this.recentPersons);
	}

	/** The latest states and organisations named, most recent first. */
	List<Speaker> recentOthers() {
		return List.copyOf(this.recentOthers);
	}

	/**
	 * The person "he" or "she" most likely is: the latest of that gender (for "he", the
	 * latest not known to be a woman), else the latest.
	 */
	Speaker person(boolean isFeminine) {
		if (this.person == null) {
			return null;
		}
		if (isFeminine) {
			if (Boolean.TRUE.equals(this.person.feminine())) {
				return this.person;
			}
			Speaker woman = (this.passingWomanAt > this.feminineAt) ? this.passingWoman : this.feminine;
			return (woman != null) ? woman : (this.person.feminine() == null ? this.person : null);
		}
		if (!Boolean.TRUE.equals(this.person.feminine())) {
			return this.person;
		}
		return latestNotFeminine();
	}

	/**
	 * "He" after a woman's words: the latest person not known to be a woman, whom the
	 * rules seldom know to be a man.
	 */
	private Speaker latestNotFeminine() {
		for (Speaker recent : this.recentPersons) {
			if (!Boolean.TRUE.equals(recent.feminine())) {
				return recent;
			}
		}
		return null;
	}

	/** The latest person named, whatever their sex. */
	Speaker latestPerson() {
		return this.person;
	}

	Speaker group() {
		return this.group;
	}

	Speaker other() {
		return this.other;
	}

	/** The proposal for this name, registered once. */
	ProposedActor propose(ProposedActor actor, String surname, String titleKey) {
		ProposedActor existing = this.proposedByName.get(actor.name().toLowerCase(java.util.Locale.ROOT));
		if (existing != null) {
			return existing;
		}
		this.proposedByName.put(actor.name().toLowerCase(java.util.Locale.ROOT), actor);
		if (surname != null) {
			this.proposedBySurname.putIfAbsent(surname.toLowerCase(java.util.Locale.ROOT), actor);
		}
		if (titleKey != null && !titleKey.isEmpty()) {
			this.proposedByTitle.putIfAbsent(titleKey, actor);
		}
		return actor;
	}

	/**
	 * Another title the article gives a proposed person, in an apposition after the one
	 * printed before the name.
	 */
	void describe(ProposedActor actor, String title) {
		this.descriptions.computeIfAbsent(actor.name().toLowerCase(java.util.Locale.ROOT), (k) -> new ArrayList<>())
			.add(title);
	}

	/** Every title the article gives the person: the recorded one first. */
	List<String> titlesOf(Speaker person) {
		List<String> titles = new ArrayList<>();
		String title = (person.known() != null) ? person.known().title()
				: (person.proposed() != null) ? person.proposed().title() : null;
		if (title != null) {
			titles.add(title);
		}
		if (person.known() == null) {
			titles.addAll(this.descriptions.getOrDefault(person.name().toLowerCase(java.util.Locale.ROOT), List.of()));
		}
		return titles;
	}

	ProposedActor bySurname(String surname) {
		return this.proposedBySurname.get(surname.toLowerCase(java.util.Locale.ROOT));
	}

	ProposedActor byTitle(String titleKey) {
		return this.proposedByTitle.get(titleKey);
	}

	List<ProposedActor> proposed() {
		return new ArrayList<>(this.proposedByName.values());
	}

}
