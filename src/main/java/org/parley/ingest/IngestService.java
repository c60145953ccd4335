package org.parley.ingest;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManager;
import org.parley.actor.Actor;
import org.parley.actor.ActorKind;
import org.parley.actor.ActorRef;
import org.parley.actor.Actors;
import org.parley.article.Article;
import org.parley.article.Articles;
import org.parley.common.ListPage;
import org.parley.common.Listing;
import org.parley.common.Paging;
import org.parley.common.ResourceNotFound;
import org.parley.common.Unprocessable;
import org.parley.history.HistoryEntry;
import org.parley.history.HistoryService;
import org.parley.ingest.extraction.ExtractedQuote;
import org.parley.ingest.extraction.Extraction;
import org.parley.ingest.extraction.KnownActor;
import org.parley.ingest.extraction.ProposedActor;
import org.parley.ingest.extraction.QuoteExtractor;
import org.parley.issue.Issues;
import org.parley.statement.Statement;
import org.parley.statement.StatementKind;
import org.parley.statement.Statements;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs extraction over articles and keeps its candidates: an editor accepts one (it
 * becomes a statement, through the statements' own rules) or rejects it. Running again
 * replaces the pending candidates and keeps the decided ones; a quote already recorded as
 * a statement at its span is never proposed again.
 */
@Service
@Transactional(readOnly = true)
class IngestService {

	static final Map<String, String> SORTABLE = Map.of("start", "startOffset", "confidence", "confidence", "id", "id");

	private static final Logger log = LoggerFactory.getLogger(IngestService.class);

	private final CandidateRepository candidates;

	private final Articles articles;

	private final Actors actors;

	private final Issues issues;

	private final Statements statements;

	private final QuoteExtractor extractor;

	private final HistoryService history;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final MeterRegistry meters;

	private final EntityManager entityManager;

	IngestService(CandidateRepository candidates, Articles articles, Actors actors, Issues issues,
			Statements statements, QuoteExtractor extractor, HistoryService history, JdbcClient jdbc, Clock clock,
			MeterRegistry meters, EntityManager entityManager) {
		this.candidates = candidates;
		this.entityManager = entityManager;
		this.articles = articles;
		this.actors = actors;
		this.issues = issues;
		this.statements = statements;
		this.extractor = extractor;
		this.history = history;
		this.jdbc = jdbc;
		this.clock = clock;
		this.meters = meters;
	}

	/** Runs extraction on the article with this slug again. */
	@Transactional
	public Summary extract(String slug) {
		return extract(this.articles.require(slug));
	}

	/**
	 * Runs extraction on an article: its pending candidates are replaced, accepted and
	 * rejected ones kept. An extractor failure never loses the article: it is logged and
	 * the run marked partial.
	 */
	@Transactional
	public Summary extract(Article article) {
		List<Candidate> existing = this.candidates.findByArticleIdOrderByStartOffset(article.getId());
		List<Candidate> pending = existing.stream().filter((c) -> c.getStatus() == CandidateStatus.PENDING).toList();
		this.candidates.deleteAll(pending);
		Set<String> decided = existing.stream()
			.filter((c) -> c.getStatus() != CandidateStatus.PENDING)
			.map((c) -> span(c.getStartOffset(), c.getEndOffset()))
			.collect(Collectors.toSet());
		List<Actor> known = this.actors.all();
		Extraction extraction = run(article.getBody(), known, article);
		Map<String, Actor> bySlug = known.stream().collect(Collectors.toMap(Actor::getSlug, Function.identity()));
		IssueMatcher matcher = new IssueMatcher(this.issues.vocabulary());
		String body = article.getBody();
		int created = 0;
		int recorded = 0;
		for (ExtractedQuote quote : extraction.quotes()) {
			if (!spanHolds(body, quote) || decided.contains(span(quote.start(), quote.end()))) {
				continue;
			}
			if (this.statements.existsAt(article.getId(), quote.start(), quote.end())) {
				recorded++;
				continue;
			}
			Actor speaker = speaker(quote, bySlug);
			this.candidates.save(new Candidate(article, quote, speaker,
					matcher.issuesIn(sentence(body, quote.start(), quote.end()))));
			created++;
		}
		this.candidates.flush();
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		this.jdbc
			.sql("""
					insert into extraction_run (article_id, ran_at, partial, problems) values (:id, :at, :partial, :problems)
					on conflict (article_id) do update set ran_at = excluded.ran_at, partial = excluded.partial,
					  problems = excluded.problems""")
			.param("id", article.getId())
			.param("at", now)
			.param("partial", extraction.partial())
			.param("problems", String.join("\n", extraction.problems()))
			.update();
		this.meters.counter("parley.extraction.runs", "partial", Boolean.toString(extraction.partial())).increment();
		this.meters.counter("parley.extraction.candidates").increment(created);
		return new Summary(article.getSlug(), created, decided.size(), recorded, extraction.partial(),
				"/api/v1/articles/" + article.getSlug() + "/candidates?status=PENDING");
	}

	/** An article's candidates, in text order by default, optionally of one status. */
	public CandidateList list(String slug, CandidateStatus status, Paging paging) {
		Article article = this.articles.require(slug);
		Specification<Candidate> of = (root, query, cb) -> cb.and(cb.equal(root.get("article"), article),
				(status != null) ? cb.equal(root.get("status"), status) : cb.conjunction());
		ListPage<Candidate> page = Listing
			.of(this.entityManager, Candidate.class, of, paging.toSort(SORTABLE, Sort.by("startOffset"), "id"),
					"speaker")
			.page(paging, (c) -> c);
		Matches matches = matches(page.content().stream().map(CandidateMapper::words).toList());
		List<CandidateResponse> content = page.content()
			.stream()
			.map((c) -> CandidateMapper.toResponse(c, article.getSlug(), matches.of(CandidateMapper.words(c))))
			.toList();
		CandidateList.Run run = this.jdbc.sql("select ran_at, partial from extraction_run where article_id = :id")
			.param("id", article.getId())
			.query((rs, n) -> new CandidateList.Run(rs.getObject("ran_at", OffsetDateTime.class),
					rs.getBoolean("partial")))
			.optional()
			.orElse(null);
		return new CandidateList(content, page.page(), run);
	}

	public CandidateResponse get(long id) {
		Candidate candidate = find(id);
		return CandidateMapper.toResponse(candidate, candidate.getArticle().getSlug(),
				matches(List.of(CandidateMapper.words(candidate))).of(CandidateMapper.words(candidate)));
	}

	/**
	 * Accepts a candidate, with the editor's corrections: records the statement through
	 * the statements' own rules (a new speaker is created first, with the printed name
	 * kept as an alias).
	 * @return the new statement's id
	 */
	@Transactional
	public long accept(long id, CandidateDecision.Accept corrections) {
		Candidate candidate = find(id);
		candidate.requirePending("accepted");
		CandidateDecision.Accept c = (corrections != null) ? corrections : CandidateDecision.Accept.NOTHING;
		String speaker = (c.speaker() != null) ? c.speaker()
				: (candidate.getSpeaker() != null) ? candidate.getSpeaker().getSlug() : null;
		if (speaker == null) {
			speaker = createSpeaker(candidate);
		}
		boolean textCorrected = c.text() != null && !c.text().equals(candidate.getText());
		String text = (c.text() != null) ? c.text() : candidate.getText();
		Integer start = (c.start() != null) ? c.start() : textCorrected ? null : candidate.getStartOffset();
		Integer end = (c.end() != null) ? c.end() : textCorrected ? null : candidate.getEndOffset();
		String howSaid = (c.howSaid() != null) ? c.howSaid()
				: (candidate.getCue() != null) ? truncate(candidate.getCue().text(), 500) : null;
		long statement = this.statements.record(speaker, text, (c.kind() != null) ? c.kind() : candidate.getKind(),
				(c.statedOn() != null) ? c.statedOn() : candidate.getStatedOn(), c.summit(), howSaid,
				candidate.getArticle().getSlug(), start, end,
				(c.issues() != null) ? c.issues() : candidate.getIssues());
		candidate.accept(statement, this.actors.find(speaker).orElse(null));
		this.meters.counter("parley.candidates.decided", "decision", "accepted").increment();
		this.candidates.saveAndFlush(candidate);
		return statement;
	}

	/** Rejects a candidate, with the editor's reason if given. */
	@Transactional
	public CandidateResponse reject(long id, String reason) {
		Candidate candidate = find(id);
		candidate.reject(reason);
		this.meters.counter("parley.candidates.decided", "decision", "rejected").increment();
		this.candidates.saveAndFlush(candidate);
		return get(id);
	}

	/** Every revision of a candidate: proposed, then accepted or rejected. */
	public List<HistoryEntry<CandidateState>> history(long id) {
		List<HistoryEntry<CandidateState>> entries = this.history.byId(Candidate.class, id, CandidateMapper::toState);
		if (entries.isEmpty()) {
			throw ResourceNotFound.of("candidate", id);
		}
		return entries;
	}

	/** What the extractor finds in any text; stores nothing. */
	public CandidateDecision.TrialResult trial(String text) {
		List<Actor> known = this.actors.all();
		Extraction extraction = run(text, known, null);
		Map<String, Actor> bySlug = known.stream().collect(Collectors.toMap(Actor::getSlug, Function.identity()));
		IssueMatcher matcher = new IssueMatcher(this.issues.vocabulary());
		List<ExtractedQuote> quotes = extraction.quotes().stream().filter((q) -> spanHolds(text, q)).toList();
		List<Actor> speakers = quotes.stream().map((q) -> speaker(q, bySlug)).toList();
		List<Words> words = new ArrayList<>();
		for (int i = 0; i < quotes.size(); i++) {
			words.add(new Words(idOf(speakers.get(i)), quotes.get(i).text(), null));
		}
		Matches matches = matches(words);
		List<CandidateDecision.TrialQuote> found = new ArrayList<>();
		for (int i = 0; i < quotes.size(); i++) {
			ExtractedQuote q = quotes.get(i);
			Actor speaker = speakers.get(i);
			found.add(new CandidateDecision.TrialQuote(q.text(), q.start(), q.end(), StatementKind.DIRECT_QUOTE,
					(speaker != null) ? ActorRef.of(speaker) : null, q.speakerName(),
					(speaker == null) ? q.newActor() : null, q.cue(), q.confidence(),
					matcher.issuesIn(sentence(text, q.start(), q.end())), q.statedOn(), matches.of(words.get(i))));
		}
		Set<String> resolved = new HashSet<>();
		for (int i = 0; i < quotes.size(); i++) {
			if (speakers.get(i) != null && quotes.get(i).newActor() != null) {
				resolved.add(quotes.get(i).newActor().name());
			}
		}
		List<ProposedActor> unknown = extraction.actors().stream().filter((a) -> !resolved.contains(a.name())).toList();
		return new CandidateDecision.TrialResult(found, unknown, extraction.partial());
	}

	/**
	 * The known actor who said it: the one the extractor names, or else the one actor
	 * Parley's spelling-tolerant lookup finds for the name the extractor proposes.
	 */
	private Actor speaker(ExtractedQuote quote, Map<String, Actor> bySlug) {
		if (quote.speakerSlug() != null) {
			return bySlug.get(quote.speakerSlug());
		}
		if (quote.newActor() != null) {
			return this.actors.lookUp(quote.newActor().name()).orElse(null);
		}
		return null;
	}

	private Extraction run(String body, List<Actor> known, Article article) {
		List<KnownActor> directory = known.stream()
			.map((a) -> new KnownActor(a.getSlug(), a.getName(), a.getKind().name(), a.getTitle(),
					List.copyOf(a.getAliases())))
			.toList();
		try {
			Extraction extraction = this.extractor.extract(body, directory,
					(article != null) ? article.getPublishedOn() : null);
			if (extraction.partial()) {
				log.warn("Extraction of {} was partial: {}", (article != null) ? article.getSlug() : "a trial text",
						extraction.problems());
			}
			return extraction;
		}
		catch (RuntimeException ex) {
			log.error("Extraction of {} failed; no candidates proposed",
					(article != null) ? article.getSlug() : "a trial text", ex);
			return new Extraction(List.of(), List.of(), true, List.of("the extractor failed: " + ex));
		}
	}

	private String createSpeaker(Candidate candidate) {
		ProposedActor proposed = candidate.getNewActor();
		if (proposed == null || proposed.name() == null || proposed.name().isBlank()) {
			throw Unprocessable.field("speaker",
					"the candidate proposes no speaker: name one by its slug in the body of the accept");
		}
		List<String> aliases = (candidate.getSpeakerName() != null
				&& !candidate.getSpeakerName().equalsIgnoreCase(proposed.name())) ? List.of(candidate.getSpeakerName())
						: List.of();
		return this.actors.create(proposed.name(), kind(proposed.kind()), proposed.title(), aliases).getSlug();
	}

	/**
	 * The statements with the same words of the same speaker as each of these, in one
	 * query.
	 */
	private Matches matches(List<Words> words) {
		List<Words> withSpeaker = words.stream().filter((w) -> w.speakerId() != null && w.speakerId() >= 0).toList();
		List<Statement> same = this.statements.sameWords(
				withSpeaker.stream().map(Words::speakerId).collect(Collectors.toSet()),
				withSpeaker.stream().map(Words::text).collect(Collectors.toSet()));
		return new Matches(same);
	}

	private Candidate find(long id) {
		return this.candidates.findById(id).orElseThrow(() -> ResourceNotFound.of("candidate", id));
	}

	private static boolean spanHolds(String body, ExtractedQuote quote) {
		boolean holds = quote.start() >= 0 && quote.end() <= body.length() && quote.start() < quote.end()
				&& body.substring(quote.start(), quote.end()).equals(quote.text());
		if (!holds) {
			log.warn("Extractor proposed a span that does not hold the text; dropped: [{}, {}) {}", quote.start(),
					quote.end(), quote.text());
		}
		return holds;
	}

	/**
	 * The sentence around a quote: from the end of the sentence before it to the end of
	 * the one it closes, within its paragraph.
	 */
	static String sentence(String body, int start, int end) {
		int from = start;
		while (from > 0 && body.charAt(from - 1) != '\n' && !endsSentence(body, from - 1)) {
			from--;
		}
		int to = end;
		while (to < body.length() && body.charAt(to) != '\n' && !endsSentence(body, to)) {
			to++;
		}
		return body.substring(from, Math.min(body.length(), to + 1));
	}

	private static boolean endsSentence(String body, int i) {
		char c = body.charAt(i);
		return (c == '.' || c == '!' || c == '?')
				&& (i + 1 >= body.length() || Character.isWhitespace(body.charAt(i + 1)));
	}

	private static ActorKind kind(String kind) {
		try {
			return (kind != null) ? ActorKind.valueOf(kind.toUpperCase(Locale.ROOT)) : ActorKind.PERSON;
		}
		catch (IllegalArgumentException ex) {
			return ActorKind.PERSON;
		}
	}

	private static Long idOf(Actor actor) {
		return (actor != null) ? actor.getId() : null;
	}

	private static String truncate(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max);
	}

	private static String span(int start, int end) {
		return start + ":" + end;
	}

	/** A speaker's words, and the statement they became (to leave out of the matches). */
	record Words(Long speakerId, String text, Long statementId) {
	}

	/** Statements found for a set of words, paired back to each. */
	record Matches(List<Statement> statements) {

		List<CandidateResponse.Match> of(Words words) {
			if (words.speakerId() == null) {
				return List.of();
			}
			Set<Long> seen = new HashSet<>();
			return this.statements.stream()
				.filter((s) -> s.getSpeaker().getId().equals(words.speakerId()) && s.getText().equals(words.text())
						&& !s.getId().equals(words.statementId()) && seen.add(s.getId()))
				.map((s) -> new CandidateResponse.Match(s.getId(), s.getArticle().getSlug(),
						"/api/v1/statements/" + s.getId()))
				.toList();
		}

	}

	/** What a run of extraction did. */
	record Summary(String article, int candidates, int kept, int alreadyRecorded, boolean partial, String href) {
	}

}
