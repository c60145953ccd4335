package org.parley.statement;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import org.hibernate.annotations.Formula;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.parley.actor.Actor;
import org.parley.article.Article;
import org.parley.article.ArticleHeading;
import org.parley.article.ArticleRef;
import org.parley.issue.Issue;
import org.parley.summit.Summit;

/**
 * What an actor said, as an article prints it. {@code article.body.substring(startOffset,
 * endOffset)} equals {@code text}; the database refuses a row where it does not.
 */
@Entity
@Audited
public class Statement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "speaker_id")
	private Actor speaker;

	private String text;

	@Enumerated(EnumType.STRING)
	private StatementKind kind;

	private LocalDate statedOn;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "summit_id")
	private Summit summit;

	private String howSaid;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "article_id")
	private Article article;

	/** The same article, without its body: what responses name (read-only). */
	@NotAudited
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "article_id", insertable = false, updatable = false)
	private ArticleHeading heading;

	private int startOffset;

	private int endOffset;

	@ManyToMany
	@JoinTable(name = "statement_issue", joinColumns = @JoinColumn(name = "statement_id"),
			inverseJoinColumns = @JoinColumn(name = "issue_id"))
	@OrderBy("code")
	private Set<Issue> issues = new LinkedHashSet<>();

	/**
	 * Distinct articles that print this statement: same speaker, same words, counted by
	 * the database's triggers into statement_corroboration (V14) as statements are
	 * written. ({alias} because Hibernate does not qualify a column called "text", a type
	 * name.)
	 */
	@NotAudited
	@Formula("(select c.sources from statement_corroboration c where c.speaker_id = {alias}.speaker_id and c.text_md5 = md5({alias}.text))")
	private int sourceCount;

	@Version
	private long version;

	protected Statement() {
	}

	/**
	 * A statement printed in {@code article} at characters {@code [start, end)} of its
	 * body; the caller has checked that the span reproduces the text.
	 */
	Statement(Actor speaker, String text, StatementKind kind, LocalDate statedOn, Summit summit, String howSaid,
			Article article, int start, int end, Set<Issue> issues) {
		update(speaker, text, kind, statedOn, summit, howSaid, article, start, end, issues);
	}

	/**
	 * No longer made at an event: what becomes of a statement when the event it names is
	 * deleted. A change of the statement like any other, with a new version and revision.
	 */
	void leaveSummit() {
		this.summit = null;
	}

	/** Replaces everything but the id. */
	void update(Actor speaker, String text, StatementKind kind, LocalDate statedOn, Summit summit, String howSaid,
			Article article, int start, int end, Set<Issue> issues) {
		if (start < 0 || end <= start) {
			throw new IllegalArgumentException("A span needs 0 <= start < end, not [" + start + ", " + end + ")");
		}
		this.speaker = speaker;
		this.text = text;
		this.kind = kind;
		this.statedOn = statedOn;
		this.summit = summit;
		this.howSaid = howSaid;
		this.article = article;
		this.startOffset = start;
		this.endOffset = end;
		this.issues.clear();
		this.issues.addAll(issues);
	}

	public Long getId() {
		return this.id;
	}

	public Actor getSpeaker() {
		return this.speaker;
	}

	public String getText() {
		return this.text;
	}

	public StatementKind getKind() {
		return this.kind;
	}

	public LocalDate getStatedOn() {
		return this.statedOn;
	}

	public Summit getSummit() {
		return this.summit;
	}

	public String getHowSaid() {
		return this.howSaid;
	}

	public Article getArticle() {
		return this.article;
	}

	/**
	 * The article's slug and title, read without its body. A statement made in this
	 * transaction, or moved to another article, still names its article through it.
	 */
	public ArticleRef articleRef() {
		if (this.heading != null && this.article != null
				&& java.util.Objects.equals(this.heading.getId(), this.article.getId())) {
			return this.heading.ref();
		}
		return ArticleRef.of(this.article);
	}

	public int getStartOffset() {
		return this.startOffset;
	}

	public int getEndOffset() {
		return this.endOffset;
	}

	/** The issues the statement touches (a read-only view). */
	public Set<Issue> getIssues() {
		return Collections.unmodifiableSet(this.issues);
	}

	public int getSourceCount() {
		return this.sourceCount;
	}

	public long getVersion() {
		return this.version;
	}

}
