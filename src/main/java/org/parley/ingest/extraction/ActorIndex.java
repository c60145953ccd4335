package org.parley.ingest.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The known actors as the extractor looks them up: their names and aliases as token
 * sequences (case-insensitive, except short capitals such as "US" or "EU", commas in the
 * text skipped so that "Finland, and the EU Commission" matches "Finland and the EU
 * Commission"), their titles, and their names. {@link #forArticle} adds, for one article,
 * the surnames that are unambiguous in it.
 */
final class ActorIndex {

	private static final String TITLE = "\u0000title";

	private final Node names = new Node();

	private final Map<String, KnownActor> byTitle;

	private final Map<String, KnownActor> byName = new HashMap<>();

	private final Map<String, List<KnownActor>> bySurname = new HashMap<>();

	private final WordLists words;

	ActorIndex(List<KnownActor> actors, WordLists words) {
		this.words = words;
		Map<String, KnownActor> titles = new HashMap<>();
		Set<String> ambiguousTitles = new HashSet<>();
		for (KnownActor actor : actors) {
			List<String> spellings = new ArrayList<>();
			spellings.add(actor.name());
			if (actor.aliases() != null) {
				spellings.addAll(actor.aliases());
			}
			for (String spelling : spellings) {
				List<String> tokens = aliasTokens(spelling);
				if (!tokens.isEmpty()) {
					this.names.add(tokens, 0, new Entry(actor, tokens, spelling));
				}
				this.byName.putIfAbsent(key(spelling), actor);
			}
			if (actor.title() != null && !actor.title().isBlank()) {
				String title = normalizeTitle(actor.title());
				if (titles.putIfAbsent(title, actor) != null && titles.get(title) != actor) {
					ambiguousTitles.add(title);
				}
			}
			if ("PERSON".equals(actor.kind())) {
				List<String> surname = surname(aliasTokens(actor.name()));
				if (!surname.isEmpty()) {
					this.bySurname.computeIfAbsent(String.join(" ", surname), (k) -> new ArrayList<>()).add(actor);
				}
			}
		}
		ambiguousTitles.forEach(titles::remove);
		this.byTitle = titles;
	}

	/** The actor whose name or alias this is ("Ukraine"), or null. */
	KnownActor byName(String name) {
		return this.byName.get(key(name));
	}

	/** The actor whose title this phrase is ("the U.S. president"), or null. */
	KnownActor byTitle(String phrase) {
		return this.byTitle.get(normalizeTitle(phrase));
	}

	/** The names in an article, with the surnames it makes unambiguous. */
	Article forArticle(List<List<Token>> paragraphs) {
		Map<KnownActor, String> present = new LinkedHashMap<>();
		Map<String, String> fullNames = new HashMap<>();
		for (List<Token> tokens : paragraphs) {
			List<Found> founds = match(tokens, this.names, null);
			boolean[] covered = new boolean[tokens.size()];
			for (Found found : founds) {
				for (int i = found.mention.from(); i < found.mention.to(); i++) {
					covered[i] = true;
				}
			}
			collectFullNames(tokens, covered, fullNames);
			for (Found found : founds) {
				KnownActor actor = found.mention.actor();
				String printed = found.spelling;
				String before = present.get(actor);
				if (before == null || printed.length() > before.length()) {
					present.put(actor, printed);
				}
			}
		}
		Node surnames = new Node();
		for (Map.Entry<String, List<KnownActor>> bySurname : this.bySurname.entrySet()) {
			List<KnownActor> all = bySurname.getValue();
			List<KnownActor> named = all.stream().filter(present::containsKey).toList();
			KnownActor actor = (named.size() == 1) ? named.get(0)
					: (named.isEmpty() && all.size() == 1) ? all.get(0) : null;
			if (actor != null) {
				List<String> tokens = List.of(bySurname.getKey().split(" "));
				surnames.add(tokens, 0, new Entry(actor, aliasTokens(bySurname.getKey()), bySurname.getKey()));
			}
		}
		return new Article(present, surnames, fullNames);
	}

	/**
	 * Unknown people named in full ("Foreign Minister Sergey Lavrov" names Sergey
	 * Lavrov), by surname, so that a later "Lavrov said" gets the full name.
	 */
	private void collectFullNames(List<Token> tokens, boolean[] covered, Map<String, String> fullNames) {
		int i = 0;
		while (i < tokens.size()) {
			if (covered[i] || !tokens.get(i).isCapitalized()) {
				i++;
				continue;
			}
			int end = i;
			while (end < tokens.size() && !covered[end] && (tokens.get(end).isCapitalized()
					|| (end > i && this.words.nameParticles().contains(tokens.get(end).text())))) {
				end++;
				if (tokens.get(end - 1).possessive()) {
					break;
				}
			}
			int start = i;
			while (start < end && (this.words.titleWords().contains(tokens.get(start).lower())
					|| this.words.demonyms().containsKey(tokens.get(start).norm())
					|| this.words.organisationWords().contains(tokens.get(start).norm())
					|| this.words.determiners().contains(tokens.get(start).lower())
					|| tokens.get(start).possessive())) {
				start++;
			}
			boolean plain = end - start >= 2 && !tokens.get(end - 1).possessive();
			for (int k = start; k < end && plain; k++) {
				if (this.words.organisationWords().contains(tokens.get(k).norm())
						|| this.words.titleWords().contains(tokens.get(k).lower())) {
					plain = false;
				}
			}
			if (plain) {
				Token last = tokens.get(end - 1);
				String name = String.join(" ", tokens.subList(start, end).stream().map(Token::norm).toList());
				fullNames.putIfAbsent(key(last.norm()), name);
				int titleFrom = start;
				while (titleFrom > 0 && tokens.get(titleFrom - 1).isWord()
						&& (this.words.titleWords().contains(tokens.get(titleFrom - 1).lower())
								|| this.words.demonyms().containsKey(tokens.get(titleFrom - 1).norm())
								|| tokens.get(titleFrom - 1).isCapitalized())
						&& !this.words.clauseOpeners().contains(tokens.get(titleFrom - 1).lower())
						&& !this.words.determiners().contains(tokens.get(titleFrom - 1).lower())) {
					titleFrom--;
				}
				if (titleFrom < start) {
					String title = String.join(" ",
							tokens.subList(titleFrom, start).stream().map(Token::text).toList());
					fullNames.putIfAbsent(key(last.norm()) + TITLE, title);
				}
			}
			i = Math.max(end, i + 1);
		}
	}

	/**
	 * Known actors named in the tokens, longest match first, left to right; surnames only
	 * where no full name starts.
	 */
	private List<Found> match(List<Token> tokens, Node root, Node surnames) {
		List<Found> mentions = new ArrayList<>();
		int s = 0;
		while (s < tokens.size()) {
			Token first = tokens.get(s);
			if (!first.isWord()) {
				s++;
				continue;
			}
			int[] end = new int[1];
			Entry entry = longest(tokens, s, root, end);
			boolean bySurname = false;
			if (entry == null && surnames != null) {
				entry = longest(tokens, s, surnames, end);
				bySurname = entry != null;
			}
			if (entry == null) {
				s++;
				continue;
			}
			mentions.add(new Found(new Mention(s, end[0], entry.actor, tokens.get(end[0] - 1).possessive(), bySurname),
					entry.spelling));
			s = end[0];
		}
		return mentions;
	}

	private Entry longest(List<Token> tokens, int s, Node root, int[] end) {
		Node node = root;
		Entry best = null;
		int i = s;
		while (i < tokens.size()) {
			Token token = tokens.get(i);
			if (token.is(",") && i > s && i + 1 < tokens.size()) {
				i++;
				continue;
			}
			if (!token.isWord()) {
				break;
			}
			node = node.next.get(key(token.norm()));
			if (node == null) {
				break;
			}
			i++;
			for (Entry entry : node.entries) {
				if (caseMatches(entry, tokens, s, i)) {
					best = entry;
					end[0] = i;
					break;
				}
			}
		}
		return best;
	}

	private static boolean caseMatches(Entry entry, List<Token> tokens, int from, int to) {
		int a = 0;
		for (int i = from; i < to && a < entry.tokens.size(); i++) {
			Token token = tokens.get(i);
			if (token.is(",")) {
				continue;
			}
			String alias = entry.tokens.get(a++);
			if (isShortCapitals(alias) && !alias.equals(token.norm())) {
				return false;
			}
		}
		return true;
	}

	private static boolean isShortCapitals(String word) {
		String letters = word.replace(".", "");
		return letters.length() <= 4 && letters.length() >= 2 && letters.equals(letters.toUpperCase(Locale.ROOT))
				&& letters.chars().allMatch(Character::isLetter);
	}

	private List<String> surname(List<String> name) {
		if (name.size() < 2) {
			return List.of();
		}
		int from = name.size() - 1;
		while (from > 1 && this.words.nameParticles().contains(name.get(from - 1))) {
			from--;
		}
		return name.subList(from, name.size());
	}

	static List<String> aliasTokens(String spelling) {
		List<String> tokens = new ArrayList<>();
		for (String piece : spelling.trim().split("\\s+")) {
			String word = piece.replaceAll("^[(\\[\"“]+|[)\\],;:\"”]+$", "");
			if (word.endsWith("’s") || word.endsWith("'s")) {
				word = word.substring(0, word.length() - 2);
			}
			if (!word.isEmpty()) {
				tokens.add(word);
			}
		}
		return tokens;
	}

	static String key(String word) {
		return word.toLowerCase(Locale.ROOT).replace('\'', '’');
	}

	String normalizeTitle(String title) {
		List<String> out = new ArrayList<>();
		for (String piece : title.toLowerCase(Locale.ROOT).replace(".", "").replace('-', ' ').split("\\s+")) {
			String word = piece.replaceAll("[^\\p{L}\\p{N}’']", "");
			if (word.isEmpty() || this.words.determiners().contains(word)) {
				continue;
			}
			out.add(word);
		}
		String normal = " " + String.join(" ", out) + " ";
		for (Map.Entry<String, String> synonym : this.words.titleSynonyms().entrySet()) {
			normal = normal.replace(" " + synonym.getKey() + " ", " " + synonym.getValue() + " ");
		}
		return normal.trim();
	}

	/** One article's view: who it names in full, and the surname matches it allows. */
	final class Article {

		private final Map<KnownActor, String> present;

		private final Node surnames;

		private final Map<String, String> fullNames;

		Article(Map<KnownActor, String> present, Node surnames, Map<String, String> fullNames) {
			this.present = present;
			this.surnames = surnames;
			this.fullNames = fullNames;
		}

		/**
		 * An unknown person's full name as the article prints it, by surname, or null.
		 */
		String fullName(String surname) {
			return this.fullNames.get(key(surname));
		}

		/** The title printed before that full name ("Dutch Prime Minister"), or null. */
		String fullNameTitle(String surname) {
			return this.fullNames.get(key(surname) + TITLE);
		}

		List<Mention> mentions(List<Token> tokens) {
			return match(tokens, ActorIndex.this.names, this.surnames).stream().map(Found::mention).toList();
		}

		/** The known actors the article names, in order of first mention. */
		List<KnownActor> named() {
			return List.copyOf(this.present.keySet());
		}

		/** The fullest spelling of the actor the article prints, or its name. */
		String displayName(KnownActor actor) {
			return "PERSON".equals(actor.kind()) ? this.present.getOrDefault(actor, actor.name()) : actor.name();
		}

		ActorIndex index() {
			return ActorIndex.this;
		}

	}

	private record Found(Mention mention, String spelling) {
	}

	private record Entry(KnownActor actor, List<String> tokens, String spelling) {
	}

	private static final class Node {

		final Map<String, Node> next = new HashMap<>();

		final List<Entry> entries = new ArrayList<>(1);

		void add(List<String> tokens, int i, Entry entry) {
			if (i == tokens.size()) {
				this.entries.add(entry);
				return;
			}
			this.next.computeIfAbsent(key(tokens.get(i)), (k) -> new Node()).add(tokens, i + 1, entry);
		}

	}

}
