package org.parley.ingest.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the words naming a speaker ("U.S. special envoy Steve Witkoff", "he", "the
 * leaders", "Dmitry Peskov, the Kremlin spokesman", "the U.S. president") into a known
 * actor or a proposed one. In order: a pronoun (the latest person of that gender, group
 * or organisation); a known name ending the phrase (an English noun phrase ends with its
 * head); a plural head ("U.S. officials": the state its modifier names; "the leaders":
 * the latest group speaker); an unknown name ending the phrase, with the words before it
 * or an apposition as its title; a known actor's title; a known actor the phrase names
 * elsewhere.
 */
final class SpeakerResolver {

	private final WordLists words;

	SpeakerResolver(WordLists words) {
		this.words = words;
	}

	Speaker resolve(ParagraphText text, int from, int to, ActorIndex.Article article, Discourse discourse) {
		if (from < 0 || to <= from) {
			return null;
		}
		List<int[]> segments = segments(text, from, to);
		if (segments.size() == 1) {
			return resolveSegment(text, from, to, null, article, discourse);
		}
		int[] name = null;
		String title = null;
		for (int[] segment : segments) {
			if (name == null && namesSomeone(text, segment[0], segment[1])) {
				name = segment;
			}
		}
		if (name == null) {
			name = segments.get(0);
		}
		for (int[] segment : segments) {
			if (segment != name && title == null) {
				title = titleText(text, segment[0], segment[1]);
			}
		}
		return resolveSegment(text, name[0], name[1], title, article, discourse);
	}

	/** The phrase split at commas outside a known name. */
	private static List<int[]> segments(ParagraphText text, int from, int to) {
		List<int[]> segments = new ArrayList<>();
		int start = from;
		for (int i = from; i < to; i++) {
			if (text.token(i).is(",") && text.covering(i) == null) {
				if (i > start) {
					segments.add(new int[] { start, i });
				}
				start = i + 1;
			}
		}
		if (to > start) {
			segments.add(new int[] { start, to });
		}
		return segments;
	}

	private boolean namesSomeone(ParagraphText text, int from, int to) {
		from = skipDeterminers(text, from, to);
		if (from >= to) {
			return false;
		}
		Mention last = text.endingAt(to);
		if (last != null && last.from() >= from) {
			// "Ukraine's ambassador to Washington": a title ending in a place
			return last.isPerson();
		}
		return text.token(to - 1).isCapitalized() && !isTitleWord(text.token(to - 1))
				&& text.token(from).isCapitalized();
	}

	private Speaker resolveSegment(ParagraphText text, int from, int to, String apposition, ActorIndex.Article article,
			Discourse discourse) {
		from = skipDeterminers(text, from, to);
		while (to > from && !text.token(to - 1).isWord()) {
			to--;
		}
		if (from >= to) {
			return null;
		}
		Token head = text.token(to - 1);
		String headWord = head.lower();
		if (to - from == 1) {
			Boolean feminine = this.words.personPronouns().get(headWord);
			if (feminine != null) {
				Speaker person = discourse.person(feminine);
				return (person != null) ? person.withCertainty(0.85) : null;
			}
			if (this.words.groupPronouns().contains(headWord)) {
				Speaker group = discourse.group();
				return (group != null) ? group.withCertainty(0.8) : null;
			}
			if (this.words.nonPersonPronouns().contains(headWord)) {
				Speaker other = discourse.other();
				return (other != null) ? other.withCertainty(0.8) : null;
			}
		}
		Mention last = text.endingAt(to);
		if (last != null && last.from() >= from && !last.possessive()) {
			return known(last.actor(), article, last.bySurname() ? 0.95 : 1.0);
		}
		if (this.words.groupNouns().contains(headWord)) {
			return group(text, from, to, article, discourse);
		}
		if (to - from >= 2 && this.words.grammar().documents().contains(headWord)) {
			// "a Kremlin readout said": whoever issued it
			return resolveSegment(text, from, to - 1, apposition, article, discourse);
		}
		Mention owner = text.startingAt(from);
		if (owner != null && owner.possessive() && owner.isPerson() && owner.to() == to - 1
				&& this.words.grammar().speaksFor().contains(headWord)) {
			return known(owner.actor(), article, 0.8);
		}
		Speaker organisation = stateOrganisation(text, from, to, discourse);
		if (organisation != null) {
			return organisation;
		}
		Speaker institution = institution(text.text(from, to), discourse);
		if (institution != null) {
			return institution;
		}
		to = beforePlace(text, from, to);
		int run = nameRun(text, from, to);
		if (run < to) {
			return unknown(text, from, run, to, apposition, article, discourse);
		}
		String phrase = text.text(from, to);
		String titleKey = article.index().normalizeTitle(phrase);
		Speaker titled = holderOf(phrase, article, discourse);
		if (titled != null) {
			return titled;
		}
		if (isOrganisationWord(head) && to - from == 1) {
			for (Speaker other : discourse.recentOthers()) {
				if (other.name().toLowerCase(Locale.ROOT).contains(headWord)) {
					return other.withCertainty(0.8);
				}
			}
			return null;
		}
		if (isTitleWord(head) && isBareTitle(text, from, to)) {
			// "the minister said": most likely the latest person named, of either sex
			// unless the title says
			Speaker person = (feminine("", phrase) != null) ? discourse.person(true) : discourse.latestPerson();
			if (person != null) {
				return person.withCertainty(0.6);
			}
		}
		if (isTitleWord(head)) {
			String title = titleText(text, from, to);
			ProposedActor actor = discourse.propose(new ProposedActor(title, "PERSON", title), null, titleKey);
			return proposed(actor, 0.6);
		}
		return null;
	}

	/**
	 * The words of a title without a name ("the French president", "the Kremlin
	 * spokesman") as a sentence's subject: the known actor with that title, or the person
	 * named earlier who holds it; null when nobody does.
	 */
	Speaker byTitle(ParagraphText text, int from, int to, ActorIndex.Article article, Discourse discourse) {
		from = skipDeterminers(text, from, to);
		while (to > from && !text.token(to - 1).isWord()) {
			to--;
		}
		return (from < to) ? holderOf(text.text(from, to), article, discourse) : null;
	}

	private Speaker holderOf(String phrase, ActorIndex.Article article, Discourse discourse) {
		KnownActor titled = article.index().byTitle(phrase);
		if (titled != null) {
			return known(titled, article, 0.9);
		}
		String titleKey = article.index().normalizeTitle(phrase);
		ProposedActor proposedTitled = discourse.byTitle(titleKey);
		if (proposedTitled != null) {
			return proposed(proposedTitled, 0.85);
		}
		return recentByTitle(titleKey, article, discourse);
	}

	/**
	 * A title without a name ("the French leader", "the secretary of state", "the NATO
	 * chief"): the latest person named whose title has every word of it but the generic
	 * ones, a nationality matching the state in the title.
	 */
	private Speaker recentByTitle(String titleKey, ActorIndex.Article article, Discourse discourse) {
		String key = titleKey;
		if (key.isEmpty()) {
			return null;
		}
		String[] all = key.split(" ");
		String lastWord = all[all.length - 1];
		if (!this.words.titleWords().contains(lastWord) && !this.words.genericTitleWords().contains(lastWord)) {
			return null;
		}
		List<String> wanted = new ArrayList<>();
		for (String word : all) {
			if (!word.isEmpty() && !this.words.genericTitleWords().contains(word)) {
				wanted.add(word);
			}
		}
		for (Speaker person : discourse.recentPersons()) {
			for (String title : discourse.titlesOf(person)) {
				if (holds(wanted, article.index().normalizeTitle(title), article, discourse)) {
					return person.withCertainty(0.85);
				}
			}
		}
		return namedInArticleByTitle(wanted, article, discourse);
	}

	/**
	 * "The Ukrainian leader nodded" after "with Zelenskyy at his side": the one known
	 * person the article names anywhere, even in passing, whose title fits.
	 */
	private Speaker namedInArticleByTitle(List<String> wanted, ActorIndex.Article article, Discourse discourse) {
		if (wanted.isEmpty()) {
			return null;
		}
		KnownActor only = null;
		for (KnownActor actor : article.named()) {
			if (!"PERSON".equals(actor.kind()) || actor.title() == null
					|| !holds(wanted, article.index().normalizeTitle(actor.title()), article, discourse)) {
				continue;
			}
			if (only != null) {
				return null;
			}
			only = actor;
		}
		return (only != null) ? known(only, article, 0.75) : null;
	}

	/** Whether a title has every wanted word, or the nationality it stands for. */
	private boolean holds(List<String> wanted, String title, ActorIndex.Article article, Discourse discourse) {
		List<String> has = List.of(title.split(" "));
		for (String word : wanted) {
			if (!has.contains(word) && !nationalityMatches(word, has, article)
					&& !isHomeNationality(word, has, article, discourse)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * "Foreign Minister Andrii Sybiha" in an article from Kyiv is "the Ukrainian foreign
	 * minister": a title naming no state is of the dateline's state.
	 */
	private boolean isHomeNationality(String word, List<String> title, ActorIndex.Article article,
			Discourse discourse) {
		String home = discourse.homeAdjective();
		if (home == null || !home.toLowerCase(Locale.ROOT).equals(word)) {
			return false;
		}
		for (String other : title) {
			KnownActor named = article.index().byName(other);
			if (isDemonym(other) || (named != null && "STATE".equals(named.kind()))) {
				return false;
			}
		}
		return true;
	}

	private boolean isDemonym(String lowerCaseWord) {
		for (String demonym : this.words.demonyms().keySet()) {
			if (demonym.toLowerCase(Locale.ROOT).equals(lowerCaseWord)) {
				return true;
			}
		}
		return false;
	}

	private boolean nationalityMatches(String word, List<String> title, ActorIndex.Article article) {
		for (Map.Entry<String, String> demonym : this.words.demonyms().entrySet()) {
			if (!demonym.getKey().toLowerCase(Locale.ROOT).equals(word)) {
				continue;
			}
			KnownActor state = article.index().byName(demonym.getValue());
			if (state == null) {
				return false;
			}
			List<String> spellings = new ArrayList<>(state.aliases() != null ? state.aliases() : List.of());
			spellings.add(state.name());
			for (String spelling : spellings) {
				String normal = article.index().normalizeTitle(spelling);
				if (!normal.contains(" ") && title.contains(normal)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * "Russia’s Defence Ministry", "Ukraine's foreign ministry": an organisation of a
	 * state, named with the state's adjective ("Russian Defence Ministry").
	 */
	private Speaker stateOrganisation(ParagraphText text, int from, int to, Discourse discourse) {
		if (to - from < 2 || !isOrganisationWord(text.token(to - 1))) {
			return null;
		}
		Mention state = text.startingAt(from);
		String adjective = null;
		int rest;
		if (state != null && state.possessive() && "STATE".equals(state.actor().kind())) {
			adjective = adjectiveOf(state.actor().name());
			rest = state.to();
		}
		else if (this.words.demonyms().containsKey(text.token(from).norm())) {
			adjective = text.token(from).norm();
			rest = from + 1;
		}
		else {
			return null;
		}
		if (adjective == null || rest >= to) {
			return null;
		}
		for (int i = rest; i < to; i++) {
			if (this.words.genericTitleWords().contains(text.token(i).lower())) {
				return null;
			}
		}
		StringBuilder name = new StringBuilder(adjective);
		for (int i = rest; i < to; i++) {
			String word = text.token(i).norm();
			name.append(' ').append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
		}
		ProposedActor actor = discourse.propose(new ProposedActor(name.toString(), "ORGANIZATION", null), null, null);
		return new Speaker(null, actor, actor.name(), actor.kind(), null, 0.9);
	}

	private String adjectiveOf(String state) {
		for (Map.Entry<String, String> demonym : this.words.demonyms().entrySet()) {
			if (demonym.getValue().equals(state)) {
				return demonym.getKey();
			}
		}
		return null;
	}

	/**
	 * "the Chancellery", "the presidential palace": an institution every state has, named
	 * as the latest organisation of that name, else with the dateline's state.
	 */
	private Speaker institution(String phrase, Discourse discourse) {
		String lower = phrase.toLowerCase(Locale.ROOT);
		if (!this.words.nationalInstitutions().contains(lower)) {
			return null;
		}
		for (Speaker other : discourse.recentOthers()) {
			if (other.name().toLowerCase(Locale.ROOT).endsWith(lower)) {
				return other.withCertainty(0.8);
			}
		}
		StringBuilder name = new StringBuilder();
		if (discourse.homeAdjective() != null) {
			name.append(discourse.homeAdjective());
		}
		for (String word : phrase.split("\\s+")) {
			name.append((name.length() > 0) ? " " : "")
				.append(Character.toUpperCase(word.charAt(0)))
				.append(word.substring(1));
		}
		ProposedActor actor = discourse.propose(new ProposedActor(name.toString(), "ORGANIZATION", null), null, null);
		return new Speaker(null, actor, actor.name(), actor.kind(), null, 0.75);
	}

	/**
	 * Whether the words are only a title, no state or organisation named ("the
	 * minister").
	 */
	private boolean isBareTitle(ParagraphText text, int from, int to) {
		for (int i = from; i < to; i++) {
			Token token = text.token(i);
			if (text.covering(i) != null || token.isCapitalized() && !isTitleWord(token)) {
				return false;
			}
		}
		return true;
	}

	/** "Sen. Jeanne Shaheen of New Hampshire": the person, not the place. */
	private int beforePlace(ParagraphText text, int from, int to) {
		for (int i = from + 2; i < to - 1; i++) {
			if (text.token(i).isWord() && text.token(i).lower().equals(this.words.grammar().placePreposition())
					&& text.token(i - 1).isCapitalized() && text.token(i - 2).isCapitalized()
					&& !isTitleWord(text.token(i - 1)) && text.token(i + 1).isCapitalized()
					&& text.covering(i) == null) {
				return i;
			}
		}
		return to;
	}

	private boolean isOrganisationWord(Token token) {
		String norm = token.norm();
		if (norm.isEmpty()) {
			return false;
		}
		return this.words.organisationWords().contains(Character.toUpperCase(norm.charAt(0)) + norm.substring(1));
	}

	private Speaker group(ParagraphText text, int from, int to, ActorIndex.Article article, Discourse discourse) {
		for (int i = to - 2; i >= from; i--) {
			Mention mention = text.endingAt(i + 1);
			if (mention != null && mention.from() >= from && !mention.isPerson()) {
				return known(mention.actor(), article, 0.9).withCertainty(0.9);
			}
			String state = this.words.demonyms().get(text.token(i).norm());
			if (state != null) {
				KnownActor actor = article.index().byName(state);
				if (actor != null) {
					return known(actor, article, 0.9);
				}
			}
		}
		Speaker latest = discourse.group();
		if (latest != null) {
			return latest.withCertainty(0.75);
		}
		String name = text.text(from, to);
		ProposedActor actor = discourse.propose(new ProposedActor(name, "GROUP", null), null, null);
		return proposed(actor, 0.7);
	}

	/** Where the name at the end of the phrase starts (to if none). */
	private int nameRun(ParagraphText text, int from, int to) {
		int run = to;
		while (run > from) {
			Token token = text.token(run - 1);
			boolean particle = token.isWord() && this.words.nameParticles().contains(token.text()) && run < to;
			boolean number = token.isWord() && Character.isDigit(token.text().charAt(0)) && run == to && run - 2 >= from
					&& text.token(run - 2).isCapitalized();
			if (!(token.isCapitalized() || particle || number || token.text().equals("-"))) {
				break;
			}
			run--;
		}
		// the title before the name is not the name: "Chinese Foreign Minister Wang Yi"
		while (run < to) {
			Token token = text.token(run);
			Mention mention = text.startingAt(run);
			if (mention != null && mention.to() < to) {
				run = mention.to();
				continue;
			}
			if (isTitleWord(token) || this.words.demonyms().containsKey(token.norm())
					|| this.words.nameParticles().contains(token.text()) || token.possessive()
					|| (isOrganisationWord(token) && run + 1 < to)) {
				run++;
				continue;
			}
			break;
		}
		return run;
	}

	private Speaker unknown(ParagraphText text, int from, int run, int to, String apposition,
			ActorIndex.Article article, Discourse discourse) {
		ActorIndex index = article.index();
		Token last = text.token(to - 1);
		String name = text.body.substring(text.token(run).start(), last.start() + last.norm().length());
		String capitalOf = this.words.capitals().get(name);
		if (capitalOf != null && index.byName(capitalOf) != null) {
			return known(index.byName(capitalOf), article, 0.9);
		}
		boolean single = to - run == 1;
		ProposedActor earlier = discourse.bySurname(last.norm());
		if (earlier != null && earlier.name().endsWith(name)) {
			return proposed(earlier, 0.9);
		}
		String full = article.fullName(last.norm());
		String printedTitle = null;
		if (full != null && full.endsWith(name) && full.length() >= name.length()) {
			single = single && full.length() == name.length();
			name = full;
			printedTitle = article.fullNameTitle(last.norm());
		}
		boolean organisation = false;
		for (int i = run; i < to; i++) {
			if (this.words.organisationWords().contains(text.token(i).norm())) {
				organisation = true;
			}
		}
		if (single && run > from && text.token(run - 1).lower().equals(this.words.grammar().definiteArticle())) {
			organisation = true;
		}
		if (single && run == from && from > 0
				&& text.token(from - 1).lower().equals(this.words.grammar().definiteArticle())) {
			organisation = true;
		}
		String title = (run > from) ? titleText(text, from, run) : (apposition != null) ? apposition : printedTitle;
		String kind = organisation ? "ORGANIZATION" : "PERSON";
		if (organisation) {
			title = null;
		}
		ProposedActor actor = discourse.propose(new ProposedActor(name, kind, title), organisation ? null : last.norm(),
				(title != null) ? index.normalizeTitle(title) : null);
		if (!organisation && run > from && apposition != null) {
			// "Retired Lt. Gen. Keith Kellogg, Trump's envoy for Ukraine": later "the
			// envoy"
			discourse.describe(actor, apposition);
		}
		Boolean feminine = feminine(text.token(run).text(), title);
		return new Speaker(null, actor, actor.name(), actor.kind(), feminine, 0.9);
	}

	private Speaker known(KnownActor actor, ActorIndex.Article article, double certainty) {
		Boolean feminine = null;
		if ("PERSON".equals(actor.kind())) {
			String given = actor.name().split("\\s+")[0];
			feminine = feminine(given, actor.title());
		}
		return new Speaker(actor, null, article.displayName(actor), actor.kind(), feminine, certainty);
	}

	/** A proposed speaker named again: a woman by her given name or title stays one. */
	private Speaker proposed(ProposedActor actor, double certainty) {
		Boolean feminine = "PERSON".equals(actor.kind()) ? feminine(actor.name().split("\\s+")[0], actor.title())
				: null;
		return new Speaker(null, actor, actor.name(), actor.kind(), feminine, certainty);
	}

	private Boolean feminine(String givenName, String title) {
		if (this.words.feminineGivenNames().contains(givenName)) {
			return true;
		}
		if (title != null) {
			for (String word : title.toLowerCase(Locale.ROOT).split("\\s+")) {
				if (this.words.feminineTitles().contains(word)) {
					return true;
				}
			}
		}
		return null;
	}

	private boolean isTitleWord(Token token) {
		return token.isWord() && this.words.titleWords().contains(token.lower());
	}

	/**
	 * Past the articles, conjunctions and clause openers before the words that name
	 * someone: "the minister", "and Peskov", "Later he".
	 */
	private int skipDeterminers(ParagraphText text, int from, int to) {
		while (from < to && (!text.token(from).isWord() || isDeterminerOrOpener(text, from))) {
			from++;
		}
		return from;
	}

	private boolean isDeterminerOrOpener(ParagraphText text, int i) {
		String lower = text.token(i).lower();
		return this.words.determiners().contains(lower) || this.words.clauseBoundaries().contains(lower)
				|| (this.words.clauseOpeners().contains(lower) && text.covering(i) == null);
	}

	/** A title as printed, without its article: "a Kremlin aide" is "Kremlin aide". */
	private String titleText(ParagraphText text, int from, int to) {
		from = skipDeterminers(text, from, to);
		while (to > from && !text.token(to - 1).isWord()) {
			to--;
		}
		return (to > from) ? text.text(from, to) : null;
	}

}
