package org.parley.position;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import org.hibernate.annotations.Formula;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.parley.actor.Actor;
import org.parley.article.Article;
import org.parley.common.Unprocessable;
import org.parley.issue.Issue;
import org.parley.statement.Statement;

/**
 * Where an actor stands on an issue from a date on. A later position supersedes an
 * earlier one without erasing it; the current one is the one nothing supersedes.
 */
@Entity
@Audited
public class Position {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "actor_id")
	private Actor actor;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "issue_id")
	private Issue issue;

	@Enumerated(EnumType.STRING)
	private Stance stance;

	private String summary;

	private LocalDate validFrom;

	/** The issue's code, kept here by the database for the list's order (V18). */
	@NotAudited
	@Column(insertable = false, updatable = false)
	private String issueCode;

	/** The actor's name, kept here by the database for the list's order (V18). */
	@NotAudited
	@Column(insertable = false, updatable = false)
	private String actorName;

	@OneToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "supersedes_id")
	private Position supersedes;

	@NotAudited
	@Formula("(select n.id from position n where n.supersedes_id = id)")
	private Long supersededById;

	@OneToMany(mappedBy = "position", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("id")
	private List<PositionEvidence> evidence = new ArrayList<>();

	/**
	 * Distinct articles behind the evidence: cited directly or as a statement's source.
	 */
	@NotAudited
	@Formula("(select count(distinct coalesce(e.article_id, s.article_id)) from position_evidence e left join statement s on s.id = e.statement_id where e.position_id = id)")
	private int sourceCount;

	@Version
	private long version;

	protected Position() {
	}

	/** The first stated position of an actor on an issue. */
	Position(Actor actor, Issue issue, Stance stance, String summary, LocalDate validFrom) {
		this.actor = actor;
		this.issue = issue;
		this.stance = stance;
		this.summary = summary;
		this.validFrom = validFrom;
	}

	/**
	 * A new stance of the same actor on the same issue, replacing this one from
	 * {@code validFrom} on. This one stays, as history; the new one is current.
	 * @throws Unprocessable naming {@code validFrom} if the new stance would apply before
	 * this one (or undated after a dated one)
	 */
	Position supersede(Stance stance, String summary, LocalDate validFrom) {
		Position next = new Position(this.actor, this.issue, stance, summary, validFrom);
		next.supersedes = this;
		next.checkOrder();
		return next;
	}

	/**
	 * Changes the stance in place (a correction, not a change of mind).
	 * @return whether anything changed
	 */
	boolean revise(Stance stance, String summary, LocalDate validFrom) {
		boolean changed = this.stance != stance || !Objects.equals(this.summary, summary)
				|| !Objects.equals(this.validFrom, validFrom);
		this.stance = stance;
		this.summary = summary;
		this.validFrom = validFrom;
		checkOrder();
		return changed;
	}

	/**
	 * A chain is in date order: a position does not apply before the one it supersedes,
	 * and once a stance is dated its successors are too.
	 */
	private void checkOrder() {
		LocalDate earlier = (this.supersedes != null) ? this.supersedes.getValidFrom() : null;
		if (earlier != null && (this.validFrom == null || this.validFrom.isBefore(earlier))) {
			throw Unprocessable.field("validFrom", "must be on or after " + earlier
					+ ", the validFrom of the position this one supersedes (" + this.supersedes.getId() + ")");
		}
	}

	/**
	 * Checks that this position, revised, still applies before the one that supersedes
	 * it.
	 */
	void checkBefore(Position successor) {
		if (this.validFrom != null
				&& (successor.getValidFrom() == null || successor.getValidFrom().isBefore(this.validFrom))) {
			throw Unprocessable.field("validFrom", "must be on or before " + successor.getValidFrom()
					+ ", the validFrom of the position that supersedes this one (" + successor.getId() + ")");
		}
	}

	/**
	 * Makes the evidence exactly these statements and articles (each element one or the
	 * other), keeping the rows that stay.
	 * @return whether anything changed
	 */
	boolean replaceEvidence(List<Statement> statements, List<Article> articles) {
		boolean changed = this.evidence.removeIf((e) -> (e.getStatement() != null)
				? statements.stream().noneMatch((s) -> Objects.equals(s.getId(), e.getStatement().getId()))
				: articles.stream().noneMatch((a) -> Objects.equals(a.getId(), e.getArticle().getId())));
		for (Statement statement : statements) {
			if (this.evidence.stream()
				.noneMatch((e) -> e.getStatement() != null
						&& Objects.equals(e.getStatement().getId(), statement.getId()))) {
				this.evidence.add(new PositionEvidence(this, statement));
				changed = true;
			}
		}
		for (Article article : articles) {
			if (this.evidence.stream()
				.noneMatch((e) -> e.getArticle() != null && Objects.equals(e.getArticle().getId(), article.getId()))) {
				this.evidence.add(new PositionEvidence(this, article));
				changed = true;
			}
		}
		return changed;
	}

	public Long getId() {
		return this.id;
	}

	public Actor getActor() {
		return this.actor;
	}

	public Issue getIssue() {
		return this.issue;
	}

	public Stance getStance() {
		return this.stance;
	}

	public String getSummary() {
		return this.summary;
	}

	public LocalDate getValidFrom() {
		return this.validFrom;
	}

	/** The position this one replaced, if any. */
	public Position getSupersedes() {
		return this.supersedes;
	}

	/** The id of the position this one replaced, without loading it. */
	public Long getSupersedesId() {
		return (this.supersedes != null) ? this.supersedes.getId() : null;
	}

	public Long getSupersededById() {
		return this.supersededById;
	}

	public boolean isCurrent() {
		return this.supersededById == null;
	}

	/** The statements and articles behind the position (a read-only view). */
	public List<PositionEvidence> getEvidence() {
		return Collections.unmodifiableList(this.evidence);
	}

	public int getSourceCount() {
		return this.sourceCount;
	}

	public long getVersion() {
		return this.version;
	}

}
