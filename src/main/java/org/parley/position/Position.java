package org.parley.position;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.annotations.Formula;
import org.parley.actor.Actor;
import org.parley.issue.Issue;

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

	@OneToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "supersedes_id")
	private Position supersedes;

	@NotAudited
	@Formula("(select n.id from position n where n.supersedes_id = id)")
	private Long supersededById;

	@OneToMany(mappedBy = "position")
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

	public List<PositionEvidence> getEvidence() {
		return this.evidence;
	}

	public int getSourceCount() {
		return this.sourceCount;
	}

	public long getVersion() {
		return this.version;
	}

}
