package org.parley.ingest.extraction;

/**
 * Finds the speech verb a quote belongs to and the words naming its speaker, in this
 * order:
 * <ol>
 * <li>right after the quote: "“…,” Trump said", "“…,” said Trump", "“…,” U.S. special
 * envoy Steve Witkoff told CNN", "“…,” according to the Kremlin";</li>
 * <li>before it in the sentence, nearest first: "Trump told reporters: “…”", "Putin said
 * they reached an “understanding”", "Rutte praised Trump for “…”"; a verb without a
 * subject (", adding “…”") takes the subject of an earlier verb in the sentence.</li>
 * </ol>
 * The audience of "told" is never the speaker: the subject is read before the verb, or
 * after it only when nothing stands before ("said Trump").
 */
class AttributionFinder {

	private static final int AFTER_WINDOW = 16;

	private static final int BEFORE_WINDOW = 45;

	private static final int PHRASE_LIMIT = 16;

	private static final int APPOSITION_LIMIT = 30;

	private final WordLists words;

	AttributionFinder(WordLists words) {
		this.words = words;
	}

	/**
	 * @param text the paragraph
	 * @param quote the quote's token index
	 * @param sentenceStart first token of its sentence
	 * @return the attribution, or null when the sentence has no speech verb for it
	 */
	Attribution find(ParagraphText text, int quote, int sentenceStart) {
		Attribution after = after(text, quote);
		if (after != null) {
			return after;
		}
		return before(text, quote, sentenceStart);
	}

	private Attribution after(ParagraphText text, int quote) {
		int j = quote + 1;
		if (j >= text.size()) {
			return null;
		}
		boolean closedOff = endsClause(text, quote) || text.token(j).is(",") || isDash(text.token(j));
		if (!closedOff) {
			return null;
		}
		// "“… table.” The US vice president said …": a new sentence, not this quote's cue
		if (lastChar(text, quote) == '.' && text.token(j).isCapitalized()) {
			return null;
		}
		while (j < text.size() && (text.token(j).is(",") || isDash(text.token(j)))) {
			j++;
		}
		if (j >= text.size() || !text.token(j).isWord()) {
			return null;
		}
		if (isAccordingTo(text, j)) {
			int[] np = phraseAfter(text, j + 2, text.size(), false);
			return (np == null) ? null : new Attribution(j, np[0], np[1], j, np[1], 0.95);
		}
		Token first = text.token(j);
		if (!first.isCapitalized() && this.words.finiteSpeechVerbs().contains(first.lower())) {
			int[] np = phraseAfter(text, j + 1, text.size(), true);
			if (np != null && np[1] < text.size() && !endsInversion(text.token(np[1]))) {
				np = null;
			}
			return (np == null) ? null : new Attribution(j, np[0], np[1], j, np[1], 0.95);
		}
		if (!startsPhrase(first)) {
			return null;
		}
		int limit = Math.min(text.size(), j + AFTER_WINDOW);
		for (int k = j + 1; k < limit; k++) {
			Token token = text.token(k);
			if (token.isQuote() || token.is(".") || token.is(";") || token.is("?") || token.is("!")) {
				return null;
			}
			if (token.isWord() && isSpeechVerb(token) && !token.lower().endsWith(this.words.grammar().participle())) {
				int end = k;
				while (end > j && isSkipped(text.token(end - 1))) {
					end--;
				}
				if (end <= j) {
					return null;
				}
				return new Attribution(k, j, end, j, k + 1, 0.95);
			}
			if (token.isWord() && this.words.clauseBoundaries().contains(token.lower()) && text.covering(k) == null) {
				return null;
			}
		}
		return null;
	}

	private Attribution before(ParagraphText text, int quote, int sentenceStart) {
		int nearest = -1;
		int stop = Math.max(sentenceStart, quote - BEFORE_WINDOW);
		for (int v = quote - 1; v >= stop; v--) {
			Token token = text.token(v);
			if (!token.isWord()) {
				continue;
			}
			if (isAccordingTo(text, v)) {
				int[] np = phraseAfter(text, v + 2, quote, false);
				if (np != null) {
					return new Attribution(v, np[0], np[1], v, np[1], confidence(text, v, quote, nearest));
				}
				continue;
			}
			if (!isSpeechVerb(token)) {
				continue;
			}
			int[] np = phraseBefore(text, v, sentenceStart);
			if (np == null && this.words.finiteSpeechVerbs().contains(token.lower())
					&& (v == sentenceStart || !text.token(v - 1).isWord())) {
				np = phraseAfter(text, v + 1, quote, true);
			}
			if (np != null) {
				int cueFrom = Math.min(np[0], v);
				int cueTo = Math.max(np[1], v + 1);
				return new Attribution((nearest >= 0) ? nearest : v, np[0], np[1], cueFrom, cueTo,
						confidence(text, v, quote, nearest));
			}
			if (nearest < 0) {
				nearest = v;
			}
		}
		if (nearest >= 0) {
			return new Attribution(nearest, -1, -1, nearest, nearest + 1, 0.6);
		}
		return null;
	}

	private static double confidence(ParagraphText text, int verb, int quote, int nearest) {
		if (nearest >= 0) {
			return 0.75;
		}
		Token before = text.token(quote - 1);
		boolean adjacent = before.is(":") || before.is(",");
		for (int i = verb + 1; i < quote && adjacent; i++) {
			if (text.token(i).isQuote()) {
				adjacent = false;
			}
		}
		return adjacent ? 0.9 : 0.8;
	}

	/**
	 * The subject of the verb at v, read backwards: "U.S. officials later said", "Randhir
	 * Jaiswal, spokesperson for India’s External Affairs Ministry, told", "Putin,
	 * speaking in Russian through an interpreter, said", "with Trump stressing". Null
	 * when the words before are no subject.
	 */
	int[] phraseBefore(ParagraphText text, int v, int sentenceStart) {
		Token verb = text.token(v);
		boolean participle = verb.lower().endsWith(this.words.grammar().participle());
		int i = v - 1;
		while (i >= sentenceStart && isSkipped(text.token(i))) {
			i--;
		}
		if (i < sentenceStart) {
			return null;
		}
		// "Costa, meanwhile, said"
		if (text.token(i).is(",") && i - 2 >= sentenceStart && text.token(i - 2).is(",")
				&& this.words.parentheticals().contains(text.token(i - 1).lower())) {
			i -= 3;
		}
		if (i < sentenceStart) {
			return null;
		}
		int end = i + 1;
		if (text.token(i).is(",")) {
			if (participle) {
				return null;
			}
			// an apposition or relative clause between subject and verb: read back to its
			// comma
			int open = -1;
			for (int k = i - 1; k >= sentenceStart && i - k <= APPOSITION_LIMIT; k--) {
				if (text.token(k).is(",") && text.covering(k) == null) {
					open = k;
					break;
				}
			}
			if (open < 0) {
				return null;
			}
			int[] name = phraseBeforeFrom(text, open - 1, sentenceStart);
			return (name == null) ? null : new int[] { name[0], end };
		}
		if (text.token(i).isWord() && this.words.grammar().relativePronouns().contains(text.token(i).lower())
				&& i - 1 >= sentenceStart && text.token(i - 1).is(",")) {
			return phraseBeforeFrom(text, i - 2, sentenceStart);
		}
		return phraseBeforeFrom(text, i, sentenceStart);
	}

	/** The noun phrase ending at token last, read backwards to a clause boundary. */
	private int[] phraseBeforeFrom(ParagraphText text, int last, int sentenceStart) {
		if (last < sentenceStart) {
			return null;
		}
		int end = last + 1;
		int i = last;
		while (i >= sentenceStart && end - i <= PHRASE_LIMIT) {
			Token token = text.token(i);
			if (token.isQuote()) {
				break;
			}
			if (text.covering(i) == null) {
				if (!token.isWord() && !token.is("-") && !token.is("’") && !token.is("'")) {
					break;
				}
				if (token.isWord() && (this.words.clauseBoundaries().contains(token.lower())
						|| isSpeechVerb(token) && !token.isCapitalized())) {
					break;
				}
			}
			i--;
		}
		int from = i + 1;
		if (from >= end) {
			return null;
		}
		Token lastToken = text.token(end - 1);
		String lower = lastToken.lower();
		boolean subjectLike = lastToken.isCapitalized() || text.endingAt(end) != null
				|| (Character.isDigit(lastToken.text().charAt(0)) && end - 2 >= from
						&& text.token(end - 2).isCapitalized())
				|| this.words.personPronouns().containsKey(lower) || this.words.groupPronouns().contains(lower)
				|| this.words.nonPersonPronouns().contains(lower) || this.words.groupNouns().contains(lower)
				|| this.words.titleWords().contains(lower) || isOrganisationWord(lastToken)
				|| this.words.grammar().documents().contains(lower);
		if (!subjectLike || lastToken.possessive()) {
			return null;
		}
		return new int[] { from, end };
	}

	/**
	 * The subject after a verb or "according to": "said Dmitry Peskov, the Kremlin
	 * spokesman", "according to the White House". Stops before "in a statement", "on
	 * Truth Social" and the like; null when what follows is no noun phrase ("said the
	 * president was ...").
	 */
	int[] phraseAfter(ParagraphText text, int from, int limit, boolean apposition) {
		if (from >= limit || !startsPhrase(text.token(from))) {
			return null;
		}
		boolean inApposition = false;
		int i = from;
		while (i < limit && i - from < PHRASE_LIMIT) {
			Token token = text.token(i);
			if (token.isQuote()) {
				break;
			}
			if (token.is(",")) {
				if (text.covering(i) != null) {
					i++;
					continue;
				}
				boolean opensApposition = apposition && !inApposition && i + 1 < limit && text.token(i + 1).isWord()
						&& (this.words.determiners().contains(text.token(i + 1).lower())
								|| !text.token(i + 1).isCapitalized());
				if (!opensApposition || this.words.grammar().relativePronouns().contains(text.token(i + 1).lower())) {
					break;
				}
				inApposition = true;
				i++;
				continue;
			}
			if (!token.isWord() && !token.is("-")) {
				break;
			}
			if (token.isWord() && !token.isCapitalized() && text.covering(i) == null) {
				String lower = token.lower();
				if (this.words.stopAfterVerb().contains(lower) || isSpeechVerb(token)) {
					break;
				}
				boolean nounPhrase = this.words.determiners().contains(lower) || this.words.titleWords().contains(lower)
						|| this.words.groupNouns().contains(lower) || this.words.nameParticles().contains(lower)
						|| this.words.personPronouns().containsKey(lower) || this.words.groupPronouns().contains(lower)
						|| isOrganisationWord(token) || Character.isDigit(token.text().charAt(0));
				if (!nounPhrase && !inApposition) {
					return null;
				}
			}
			i++;
		}
		int end = i;
		while (end > from && !text.token(end - 1).isWord()) {
			end--;
		}
		return (end > from) ? new int[] { from, end } : null;
	}

	private boolean isOrganisationWord(Token token) {
		String norm = token.norm();
		String capitalised = norm.isEmpty() ? norm : Character.toUpperCase(norm.charAt(0)) + norm.substring(1);
		return this.words.organisationWords().contains(capitalised);
	}

	private boolean startsPhrase(Token token) {
		if (!token.isWord()) {
			return false;
		}
		String lower = token.lower();
		return token.isCapitalized() || this.words.determiners().contains(lower)
				|| this.words.personPronouns().containsKey(lower) || this.words.groupPronouns().contains(lower)
				|| this.words.nonPersonPronouns().contains(lower) || this.words.titleWords().contains(lower)
				|| this.words.groupNouns().contains(lower);
	}

	/** A speech verb in lower case ("States" in "the United States" is no verb). */
	private boolean isSpeechVerb(Token token) {
		return token.isWord() && !token.isCapitalized() && this.words.speechVerbs().contains(token.lower());
	}

	private boolean isSkipped(Token token) {
		if (!token.isWord() || token.isCapitalized()) {
			return false;
		}
		String lower = token.lower();
		return this.words.skippedBeforeVerb().contains(lower)
				|| (lower.endsWith(this.words.grammar().adverb()) && lower.length() > 4);
	}

	private boolean isAccordingTo(ParagraphText text, int i) {
		String[] phrase = this.words.accordingTo();
		if (i + phrase.length > text.size()) {
			return false;
		}
		for (int k = 0; k < phrase.length; k++) {
			if (!text.token(i + k).isWord() || !text.token(i + k).lower().equals(phrase[k])) {
				return false;
			}
		}
		return true;
	}

	/**
	 * What may follow the subject of "said Trump": the sentence's end, a comma, "in ...".
	 */
	private boolean endsInversion(Token next) {
		return !next.isWord() || this.words.stopAfterVerb().contains(next.lower())
				|| next.lower().endsWith(this.words.grammar().participle());
	}

	private static boolean isDash(Token token) {
		return token.is("—") || token.is("–");
	}

	/** Whether the quote's words end a clause: "…,” or "….”". */
	private static boolean endsClause(ParagraphText text, int quote) {
		return ",.?!…—–".indexOf(lastChar(text, quote)) >= 0;
	}

	private static char lastChar(ParagraphText text, int quote) {
		Token token = text.token(quote);
		int last = token.end() - 1;
		while (last > token.start() && "”’\"'»›“‘ ".indexOf(text.body.charAt(last)) >= 0) {
			last--;
		}
		return text.body.charAt(last);
	}

}
