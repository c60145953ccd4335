package org.parley.ingest.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rule-based extractor for English articles. Each paragraph is read on its own (an error
 * in one is noted in {@link Extraction#problems()} and the others are still read): quote
 * spans ({@link QuoteSpanFinder}), page furniture dropped ({@link PageFurniture}), the
 * speech verb and speaker words for each quote ({@link AttributionFinder}), scare quotes
 * and titles dropped ({@link ScareQuoteFilter}), the speaker resolved against the known
 * actors and what the article said before ({@link SpeakerResolver}), the date the
 * sentence fixes ({@link DateFinder}). A quote the sentence does not attribute takes the
 * speaker of a neighbouring quote in its paragraph, or of the quote ending the paragraph
 * before when it opens its paragraph, or else the subject of its sentence. The English
 * words are all in {@link WordLists#english()}. Thread-safe: nothing is kept between
 * calls.
 */
public class EnglishQuoteExtractor implements QuoteExtractor {

	private static final double SAME_PARAGRAPH = 0.7;

	private static final double PARAGRAPH_BEFORE = 0.6;

	private static final double SENTENCE_SUBJECT = 0.4;

	private static final double SENTENCE_BEFORE = 0.35;

	private static final double NO_SPEAKER = 0.2;

	private static final int OPENING_CLAUSE = 30;

	private static final int DATELINE_PARAGRAPHS = 4;

	/** "BERLIN –", "KYIV, Ukraine (Wire) —", "WASHINGTON/BRUSSELS (Wire) —". */
	private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern
		.compile("^(\\p{Lu}{3,}(?:[ /]\\p{Lu}{2,})*)(?:,[^—–(]{0,40})?\\s*(?:\\([^)]{0,30}\\))?\\s*[—–-]\\s");

	private static final int SUBJECT_WINDOW = 12;

	private static final int APPOSITION_WORDS = 10;

	private static final int NAME_WORDS = 5;

	private final WordLists words;

	private final QuoteSpanFinder spans;

	private final Tokenizer tokenizer;

	private final PageFurniture furniture;

	private final AttributionFinder attributions;

	private final ScareQuoteFilter scareQuotes;

	private final SpeakerResolver speakers;

	private final DateFinder dates;

	public EnglishQuoteExtractor() {
		this(WordLists.english());
	}

	EnglishQuoteExtractor(WordLists words) {
		this(words, new AttributionFinder(words));
	}

	EnglishQuoteExtractor(WordLists words, AttributionFinder attributions) {
		this.words = words;
		this.spans = new QuoteSpanFinder(words);
		this.tokenizer = new Tokenizer(words);
		this.furniture = new PageFurniture(words);
		this.attributions = attributions;
		this.scareQuotes = new ScareQuoteFilter(words);
		this.speakers = new SpeakerResolver(words);
		this.dates = new DateFinder(words);
	}

	@Override
	public Extraction extract(String body, List<KnownActor> actors, LocalDate publishedOn) {
		if (body == null || body.isBlank()) {
			return new Extraction(List.of(), List.of(), false, List.of());
		}
		List<String> problems = new ArrayList<>();
		List<Paragraph> paragraphs = Paragraph.split(body);
		List<QuoteSpan> quotes = this.spans.find(body, paragraphs);
		ActorIndex index = new ActorIndex((actors != null) ? actors : List.of(), this.words);
		List<List<Token>> tokens = new ArrayList<>();
		int q = 0;
		for (Paragraph paragraph : paragraphs) {
			while (q < quotes.size() && quotes.get(q).open() < paragraph.start()) {
				q++;
			}
			List<Token> paragraphTokens = List.of();
			try {
				if (!this.furniture.isFurniture(paragraph.text(body))) {
					paragraphTokens = this.tokenizer.tokenize(body, paragraph, quotes, q);
				}
			}
			catch (RuntimeException ex) {
				problems.add(problem(paragraph, ex));
			}
			tokens.add(paragraphTokens);
		}
		ActorIndex.Article article = index.forArticle(tokens);
		Discourse discourse = new Discourse(homeAdjective(body, paragraphs));
		Map<Integer, Found> found = new LinkedHashMap<>();
		Speaker endOfLastParagraph = null;
		for (Paragraph paragraph : paragraphs) {
			List<Token> paragraphTokens = tokens.get(paragraph.index());
			if (paragraphTokens.isEmpty()) {
				continue;
			}
			try {
				ParagraphText text = new ParagraphText(body, paragraph, paragraphTokens,
						article.mentions(paragraphTokens));
				List<Found> inParagraph = read(text, quotes, article, discourse, endOfLastParagraph, publishedOn);
				for (Found one : inParagraph) {
					found.put(one.index, one);
				}
				Speaker introduced = introducesNextParagraph(text, article, discourse);
				endOfLastParagraph = (introduced != null) ? introduced : endsWithQuote(text, inParagraph);
			}
			catch (RuntimeException ex) {
				problems.add(problem(paragraph, ex));
				endOfLastParagraph = null;
			}
		}
		shareChainSpeakers(quotes, found);
		return assemble(body, quotes, found, problems);
	}

	/**
	 * The adjective of the state whose capital the dateline names ("BERLIN –" gives
	 * "German"), or null.
	 */
	String homeAdjective(String body, List<Paragraph> paragraphs) {
		String state = null;
		for (int p = 0; p < Math.min(DATELINE_PARAGRAPHS, paragraphs.size()) && state == null; p++) {
			java.util.regex.Matcher dateline = DATELINE.matcher(paragraphs.get(p).text(body));
			if (dateline.find()) {
				String city = titleCase(dateline.group(1).split("/")[0].trim());
				state = this.words.capitals().get(city);
				if (state == null) {
					return null;
				}
			}
		}
		if (state == null) {
			// no dateline: the one capital the opening paragraphs name, if only one
			for (int p = 0; p < Math.min(DATELINE_PARAGRAPHS + 2, paragraphs.size()); p++) {
				String text = paragraphs.get(p).text(body);
				for (Map.Entry<String, String> capital : this.words.capitals().entrySet()) {
					if (java.util.regex.Pattern.compile("\\b" + capital.getKey() + "\\b").matcher(text).find()) {
						if (state != null && !state.equals(capital.getValue())) {
							return null;
						}
						state = capital.getValue();
					}
				}
			}
		}
		if (state == null) {
			return null;
		}
		for (Map.Entry<String, String> demonym : this.words.demonyms().entrySet()) {
			if (demonym.getValue().equals(state)) {
				return demonym.getKey();
			}
		}
		return null;
	}

	private static String titleCase(String words) {
		StringBuilder name = new StringBuilder();
		for (String word : words.toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
			name.append((name.length() > 0) ? " " : "")
				.append(Character.toUpperCase(word.charAt(0)))
				.append(word.substring(1));
		}
		return name.toString();
	}

	private static String problem(Paragraph paragraph, RuntimeException ex) {
		return "paragraph " + (paragraph.index() + 1) + " at offset " + paragraph.start() + " not read: "
				+ ex.getClass().getSimpleName() + ((ex.getMessage() != null) ? ": " + ex.getMessage() : "");
	}

	private List<Found> read(ParagraphText text, List<QuoteSpan> quotes, ActorIndex.Article article,
			Discourse discourse, Speaker endOfLastParagraph, LocalDate publishedOn) {
		List<Found> all = new ArrayList<>();
		boolean quotesCount = !this.furniture.quotesDoNotCount(text.paragraph.text(text.body),
				text.paragraph.index() == 0);
		Speaker previousSubject = null;
		for (int[] sentence : text.sentences) {
			SubjectAt subject = subjectAt(text, sentence[0], sentence[1], article, discourse);
			boolean subjectTold = false;
			List<Found> inSentence = new ArrayList<>();
			for (int t = sentence[0]; t < sentence[1]; t++) {
				Token token = text.token(t);
				if (!token.isQuote() || !quotesCount) {
					continue;
				}
				Found one = new Found(token.quote(), quotes.get(token.quote()), t, sentence);
				one.attribution = this.attributions.find(text, t, sentence[0]);
				inSentence.add(one);
			}
			boolean longSpeech = false;
			for (Found one : inSentence) {
				String quoted = one.span.text(text.body);
				if (ScareQuoteFilter.isLong(quoted) && !this.scareQuotes.isMarkedLabel(text, one.token)) {
					longSpeech = true;
				}
			}
			for (Found one : inSentence) {
				boolean attributed = one.attribution != null || standsAlone(text, one.token, sentence);
				if (!this.scareQuotes.isSpeech(text, one.token, one.span.text(text.body), attributed, longSpeech)) {
					continue;
				}
				if (subject != null && !subjectTold && subject.token < one.token) {
					subject.tell(discourse);
					subjectTold = true;
				}
				one.subject = (subject != null && subject.token < one.token) ? subject.speaker : null;
				one.previousSubject = previousSubject;
				resolve(text, one, article, discourse, publishedOn);
				all.add(one);
			}
			if (subject != null && !subjectTold) {
				subject.tell(discourse);
			}
			previousSubject = (subject != null) ? subject.speaker : pronounSubject(text, sentence, discourse);
			notePassingWomen(text, sentence, article, discourse);
			for (Found one : inSentence) {
				if (one.speaker != null && one.attribution != null) {
					discourse.mentioned(one.speaker);
				}
			}
		}
		fillGaps(text, all, endOfLastParagraph, article, discourse);
		return all;
	}

	private void resolve(ParagraphText text, Found one, ActorIndex.Article article, Discourse discourse,
			LocalDate publishedOn) {
		Attribution attribution = one.attribution;
		if (attribution == null) {
			return;
		}
		Speaker speaker = null;
		if (attribution.hasSpeaker()) {
			speaker = this.speakers.resolve(text, attribution.speakerFrom(), attribution.speakerTo(), article,
					discourse);
		}
		if (speaker == null) {
			speaker = subject(text, one.sentence[0], one.token, article, discourse);
			if (speaker != null) {
				speaker = speaker.withCertainty(speaker.certainty() * 0.7);
			}
		}
		one.speaker = speaker;
		one.confidence = attribution.confidence() * ((speaker != null) ? speaker.certainty() : 0.5);
		one.cue = new Cue(text.text(attribution.cueFrom(), attribution.cueTo()),
				text.token(attribution.cueFrom()).start(), text.token(attribution.cueTo() - 1).end());
		one.statedOn = this.dates.find(text, one.sentence[0], one.sentence[1], attribution.verb(), publishedOn);
	}

	/**
	 * Quotes without attribution: the speaker of the nearest attributed quote in the
	 * paragraph, else of the quote ending the paragraph before (when this one opens its
	 * paragraph), else the subject of the sentence.
	 */
	private void fillGaps(ParagraphText text, List<Found> all, Speaker endOfLastParagraph, ActorIndex.Article article,
			Discourse discourse) {
		for (int k = 0; k < all.size(); k++) {
			Found one = all.get(k);
			if (one.speaker != null) {
				continue;
			}
			if (one.subject != null && (one.subject.isPerson() || one.subject.isGroup())) {
				settle(one, one.subject, SENTENCE_SUBJECT);
				continue;
			}
			Speaker neighbour = null;
			for (int b = k - 1; b >= 0 && neighbour == null; b--) {
				neighbour = all.get(b).attribution != null ? all.get(b).speaker : null;
			}
			for (int a = k + 1; a < all.size() && neighbour == null; a++) {
				neighbour = all.get(a).attribution != null ? all.get(a).speaker : null;
			}
			if (neighbour != null) {
				settle(one, neighbour, SAME_PARAGRAPH);
			}
			else if (one.token == 0 && endOfLastParagraph != null) {
				settle(one, endOfLastParagraph, PARAGRAPH_BEFORE);
			}
			else if (one.subject != null) {
				settle(one, one.subject, SENTENCE_SUBJECT);
			}
			else if (one.previousSubject != null) {
				settle(one, one.previousSubject, SENTENCE_BEFORE);
			}
			else {
				one.confidence = NO_SPEAKER;
			}
		}
	}

	private static void settle(Found one, Speaker speaker, double confidence) {
		one.speaker = speaker;
		one.confidence = confidence * speaker.certainty();
	}

	/**
	 * Women the sentence names by a given name, as subject or not ("told CNN’s Dana
	 * Bash"), for a "she" that follows a man's words.
	 */
	private void notePassingWomen(ParagraphText text, int[] sentence, ActorIndex.Article article, Discourse discourse) {
		for (int i = sentence[0]; i + 1 < sentence[1]; i++) {
			if (!text.token(i).isWord() || !this.words.feminineGivenNames().contains(text.token(i).text())
					|| !text.token(i + 1).isCapitalized()) {
				continue;
			}
			int end = i + 1;
			while (end < sentence[1] && end - i < NAME_WORDS && (text.token(end).isCapitalized()
					|| this.words.nameParticles().contains(text.token(end).text()))) {
				end++;
				if (text.token(end - 1).possessive()) {
					break;
				}
			}
			Speaker woman = this.speakers.resolve(text, i, end, article, discourse);
			if (woman != null && woman.isPerson() && Boolean.TRUE.equals(woman.feminine())) {
				discourse.namedInPassing(woman);
			}
			i = end - 1;
		}
	}

	/** "He recalled ...": the person a sentence opening with a pronoun is about. */
	private Speaker pronounSubject(ParagraphText text, int[] sentence, Discourse discourse) {
		for (int i = sentence[0]; i < sentence[1]; i++) {
			Token token = text.token(i);
			if (!token.isWord()) {
				continue;
			}
			Boolean feminine = this.words.personPronouns().get(token.lower());
			return (feminine != null) ? discourse.person(feminine) : null;
		}
		return null;
	}

	/**
	 * The sentence's subject, for pronouns later and for quotes nothing else attributes:
	 * after an opening clause ("Asked whether ..., Zelenskyy paused"), the first known
	 * person or group it names (not as "Trump’s"), an unknown person named in full
	 * ("Kremlin aide Yuri Ushakov"), or a plural ("The allies’ positions ..."); else the
	 * first state or organisation.
	 */
	private Speaker subject(ParagraphText text, int from, int to, ActorIndex.Article article, Discourse discourse) {
		SubjectAt at = subjectAt(text, from, to, article, discourse);
		return (at != null) ? at.speaker : null;
	}

	private SubjectAt subjectAt(ParagraphText text, int from, int to, ActorIndex.Article article, Discourse discourse) {
		int start = afterDateline(text, from);
		while (start < to && !text.token(start).isWord()) {
			start++;
		}
		if (start >= to) {
			return null;
		}
		if (opensClause(text, start)) {
			for (int k = start + 1; k < Math.min(to, start + OPENING_CLAUSE); k++) {
				if (text.token(k).is(",") && text.covering(k) == null) {
					start = k + 1;
					break;
				}
			}
		}
		SubjectAt other = null;
		int window = Math.min(to, start + SUBJECT_WINDOW);
		for (int i = start; i < window; i++) {
			Token token = text.token(i);
			if (token.isQuote() || (token.isWord() && !token.isCapitalized() && isSpeechVerb(token))) {
				break;
			}
			Mention mention = text.startingAt(i);
			if (mention != null) {
				int end = extendRight(text, mention.to(), to);
				if (mention.possessive() && end == mention.to()) {
					i = mention.to() - 1;
					continue;
				}
				Speaker speaker = named(
						this.speakers.resolve(text, backOverTitles(text, i, start), end, article, discourse));
				if (speaker != null && (speaker.isPerson() || speaker.isGroup())) {
					return new SubjectAt(speaker, i, other);
				}
				if (speaker != null && other == null) {
					other = new SubjectAt(speaker, i, null);
				}
				i = end - 1;
				continue;
			}
			if (!token.isWord()) {
				continue;
			}
			String lower = token.lower();
			if (this.words.groupNouns().contains(lower)) {
				Speaker group = discourse.group();
				return (group != null) ? new SubjectAt(group.withCertainty(0.7), i, other) : other;
			}
			if (lower.equals(this.words.grammar().definiteArticle())) {
				Speaker holder = titleHolder(text, i + 1, to, article, discourse);
				if (holder != null) {
					return new SubjectAt(holder, i, other);
				}
			}
			if (!token.isCapitalized() || this.words.clauseOpeners().contains(lower)
					|| this.words.determiners().contains(lower) || this.words.personPronouns().containsKey(lower)
					|| this.words.groupPronouns().contains(lower) || this.words.nonPersonPronouns().contains(lower)) {
				continue;
			}
			int end = i;
			while (end < to
					&& (text.token(end).isCapitalized()
							|| (end > i && this.words.nameParticles().contains(text.token(end).text())))
					&& text.startingAt(end) == null) {
				end++;
				if (text.token(end - 1).possessive()) {
					break;
				}
			}
			int names = 0;
			for (int k = i; k < end; k++) {
				if (!this.words.titleWords().contains(text.token(k).lower())
						&& !this.words.demonyms().containsKey(text.token(k).norm())) {
					names++;
				}
			}
			boolean afterThe = i > start && text.token(i - 1).isWord()
					&& text.token(i - 1).lower().equals(this.words.grammar().definiteArticle());
			boolean apposition = end + 1 < to && text.token(end).is(",") && text.token(end + 1).isWord()
					&& this.words.determiners().contains(text.token(end + 1).lower());
			boolean known = article.fullName(text.token(end - 1).norm()) != null
					|| discourse.bySurname(text.token(end - 1).norm()) != null;
			if (names >= 2 || (names == 1 && (afterThe || apposition || known))) {
				int last = withApposition(text, Math.max(end, extendRight(text, end, to)), to);
				Speaker speaker = named(
						this.speakers.resolve(text, backOverTitles(text, i, start), last, article, discourse));
				if (speaker != null && (speaker.isPerson() || speaker.isGroup())) {
					return new SubjectAt(speaker, i, other);
				}
				if (speaker != null && other == null) {
					other = new SubjectAt(speaker, i, null);
				}
			}
			i = end - 1;
		}
		return other;
	}

	/**
	 * "Asked whether ...", "In Moscow, ...", "Speaking to reporters, ...": a clause
	 * before the subject; not a title such as "Retired Lt. Gen. Keith Kellogg".
	 */
	private boolean opensClause(ParagraphText text, int start) {
		String word = text.token(start).lower();
		if (this.words.titleWords().contains(word)) {
			return false;
		}
		return this.words.clauseOpeners().contains(word) || word.endsWith(this.words.grammar().participle())
				|| (word.endsWith(this.words.grammar().past()) && text.startingAt(start) == null);
	}

	/**
	 * The first token after the dateline ("MOSCOW (Wire) —") when the sentence opens a
	 * paragraph with one: the city is where the story was filed, not who acts in it.
	 */
	private int afterDateline(ParagraphText text, int from) {
		if (from != 0 || text.paragraph.index() >= DATELINE_PARAGRAPHS) {
			return from;
		}
		java.util.regex.Matcher dateline = DATELINE.matcher(text.paragraph.text(text.body));
		if (!dateline.find()) {
			return from;
		}
		int end = text.paragraph.start() + dateline.end();
		int start = from;
		while (start < text.size() && text.token(start).start() < end) {
			start++;
		}
		return start;
	}

	/**
	 * "The French president shrugged it off": the person named earlier whom a title
	 * without a name stands for, or null. Not when a name follows the title ("the Kremlin
	 * spokesman Dmitry Peskov"): the name is the subject then.
	 */
	private Speaker titleHolder(ParagraphText text, int from, int to, ActorIndex.Article article, Discourse discourse) {
		int head = -1;
		for (int i = from; i < to; i++) {
			Token token = text.token(i);
			if (!token.isWord()) {
				break;
			}
			String lower = token.lower();
			boolean title = this.words.titleWords().contains(lower);
			boolean modifier = title || this.words.demonyms().containsKey(token.norm()) || text.covering(i) != null
					|| this.words.organisationWords().contains(capitalised(token.norm()))
					|| (i > from && lower.equals(this.words.grammar().placePreposition()));
			if (!modifier) {
				break;
			}
			if (title && text.covering(i) == null) {
				head = i + 1;
			}
			if (token.possessive()) {
				break;
			}
		}
		if (head < 0 || (head < to && text.token(head).isCapitalized())) {
			return null;
		}
		Speaker holder = named(this.speakers.byTitle(text, from, head, article, discourse));
		return (holder != null && holder.isPerson()) ? holder : null;
	}

	/**
	 * Past a title set off by commas after the name ("Keith Kellogg, Trump's envoy for
	 * Ukraine, was ..."), so that the title is learnt with the name; not past a relative
	 * clause ("Witkoff, who met Putin, ...").
	 */
	private int withApposition(ParagraphText text, int end, int to) {
		if (end + 1 >= to || !text.token(end).is(",") || !text.token(end + 1).isWord()
				|| this.words.clauseBoundaries().contains(text.token(end + 1).lower())) {
			return end;
		}
		boolean title = false;
		for (int k = end + 1; k < Math.min(to, end + 1 + APPOSITION_WORDS); k++) {
			Token token = text.token(k);
			if (token.is(",")) {
				return title ? k : end;
			}
			if (!token.isWord() || (!token.isCapitalized() && isSpeechVerb(token))) {
				return end;
			}
			title = title || (this.words.titleWords().contains(token.lower()) && text.covering(k) == null);
		}
		return end;
	}

	/** Past the title words, group nouns and names that continue a noun phrase. */
	private int extendRight(ParagraphText text, int from, int to) {
		int end = from;
		while (end < to) {
			Token token = text.token(end);
			if (!token.isWord()) {
				break;
			}
			String lower = token.lower();
			boolean continues = token.isCapitalized() || this.words.titleWords().contains(lower)
					|| this.words.groupNouns().contains(lower) || this.words.nameParticles().contains(token.text())
					|| this.words.organisationWords().contains(capitalised(token.norm()));
			if (!continues || this.words.clauseOpeners().contains(lower) && !token.isCapitalized()) {
				break;
			}
			end++;
			if (token.possessive()) {
				break;
			}
		}
		return end;
	}

	/**
	 * Back over the title before a name: "Kremlin foreign policy aide" before Yuri
	 * Ushakov.
	 */
	private int backOverTitles(ParagraphText text, int at, int start) {
		int i = at;
		while (i - 1 >= start) {
			Token token = text.token(i - 1);
			if (!token.isWord()) {
				break;
			}
			String lower = token.lower();
			boolean title = this.words.titleWords().contains(lower) || this.words.demonyms().containsKey(token.norm())
					|| this.words.organisationWords().contains(capitalised(token.norm()))
					|| text.covering(i - 1) != null
					|| (token.isCapitalized() && !this.words.clauseOpeners().contains(lower)
							&& !this.words.determiners().contains(lower));
			if (!title) {
				break;
			}
			i--;
		}
		return i;
	}

	private static String capitalised(String word) {
		return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	private boolean isSpeechVerb(Token token) {
		return this.words.speechVerbs().contains(token.lower());
	}

	/** A speaker with a name, not a bare title ("Ukraine's ambassador"), or null. */
	private static Speaker named(Speaker speaker) {
		if (speaker != null && speaker.proposed() != null && speaker.proposed().title() != null
				&& speaker.proposed().name().equals(speaker.proposed().title())) {
			return null;
		}
		return speaker;
	}

	/** The subject at a token, and a state or organisation named before it, if any. */
	private record SubjectAt(Speaker speaker, int token, SubjectAt before) {

		void tell(Discourse discourse) {
			if (this.before != null) {
				discourse.mentioned(this.before.speaker);
			}
			discourse.mentioned(this.speaker);
		}

	}

	/**
	 * Whether the quote is its sentence by itself ("“Never.”"), which a label never is.
	 */
	private static boolean standsAlone(ParagraphText text, int quote, int[] sentence) {
		for (int i = sentence[0]; i < sentence[1]; i++) {
			if (i != quote && text.token(i).isWord()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * "He told reporters:" ending a paragraph: the speaker of the quote that opens the
	 * next one, or null when the paragraph does not end so.
	 */
	private Speaker introducesNextParagraph(ParagraphText text, ActorIndex.Article article, Discourse discourse) {
		if (text.size() == 0 || !text.token(text.size() - 1).is(":") || text.sentences.isEmpty()) {
			return null;
		}
		int sentenceStart = text.sentences.get(text.sentences.size() - 1)[0];
		Attribution attribution = this.attributions.find(text, text.size(), sentenceStart);
		if (attribution == null) {
			return null;
		}
		Speaker speaker = attribution.hasSpeaker()
				? this.speakers.resolve(text, attribution.speakerFrom(), attribution.speakerTo(), article, discourse)
				: null;
		if (speaker == null) {
			speaker = subject(text, sentenceStart, attribution.verb(), article, discourse);
		}
		if (speaker != null) {
			discourse.mentioned(speaker);
		}
		return speaker;
	}

	private static Speaker endsWithQuote(ParagraphText text, List<Found> inParagraph) {
		if (inParagraph.isEmpty()) {
			return null;
		}
		Found last = inParagraph.get(inParagraph.size() - 1);
		return last.speaker;
	}

	/** Parts of one quote running over paragraphs share the surest speaker. */
	private static void shareChainSpeakers(List<QuoteSpan> quotes, Map<Integer, Found> found) {
		Map<Integer, Found> best = new HashMap<>();
		for (Found one : found.values()) {
			Found current = best.get(one.span.chain());
			if (one.speaker != null && (current == null || one.confidence > current.confidence)) {
				best.put(one.span.chain(), one);
			}
		}
		for (Found one : found.values()) {
			Found surest = best.get(one.span.chain());
			if (surest != null && surest != one && (one.speaker == null || one.attribution == null)) {
				one.speaker = surest.speaker;
				one.confidence = surest.confidence * 0.95;
				if (one.statedOn == null) {
					one.statedOn = surest.statedOn;
				}
			}
		}
	}

	private static Extraction assemble(String body, List<QuoteSpan> quotes, Map<Integer, Found> found,
			List<String> problems) {
		List<ExtractedQuote> extracted = new ArrayList<>();
		Map<String, ProposedActor> proposed = new LinkedHashMap<>();
		for (Found one : found.values()) {
			Speaker speaker = one.speaker;
			String slug = (speaker != null && speaker.known() != null) ? speaker.known().slug() : null;
			String name = (speaker != null) ? speaker.name() : null;
			ProposedActor newActor = (speaker != null) ? speaker.proposed() : null;
			if (newActor != null) {
				proposed.putIfAbsent(newActor.name().toLowerCase(java.util.Locale.ROOT), newActor);
			}
			double confidence = Math.max(0, Math.min(1, one.confidence));
			extracted.add(new ExtractedQuote(one.span.text(body), one.span.start(), one.span.end(), slug, name,
					newActor, one.cue, Math.round(confidence * 100) / 100.0, one.statedOn));
		}
		return new Extraction(List.copyOf(extracted), List.copyOf(proposed.values()), !problems.isEmpty(),
				List.copyOf(problems));
	}

	private static final class Found {

		final int index;

		final QuoteSpan span;

		final int token;

		final int[] sentence;

		Attribution attribution;

		Speaker speaker;

		double confidence;

		Cue cue;

		LocalDate statedOn;

		Speaker subject;

		Speaker previousSubject;

		Found(int index, QuoteSpan span, int token, int[] sentence) {
			this.index = index;
			this.span = span;
			this.token = token;
			this.sentence = sentence;
		}

	}

}
