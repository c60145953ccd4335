package org.parley.ingest;

import java.time.LocalDate;
import java.util.Arrays;
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
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.parley.actor.Actor;
import org.parley.article.Article;
import org.parley.common.Conflict;
import org.parley.ingest.extraction.Cue;
import org.parley.ingest.extraction.ExtractedQuote;
import org.parley.ingest.extraction.ProposedActor;
import org.parley.statement.StatementKind;

/**
 * A quote the extractor proposes, at {@code [start, end)} of its article's body, until an
 * editor accepts it (it becomes a statement) or rejects it. Decisions are final:
 * accepting or rejecting twice is a 409.
 */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class Candidate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "article_id")
	private Article article;

	private String text;

	private int startOffset;

	private int endOffset;

	@Enumerated(EnumType.STRING)
	private StatementKind kind;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "speaker_id")
	private Actor speaker;

	private String speakerName;

	private String newActorName;

	private String newActorKind;

	private String newActorTitle;

	private String cueText;

	private Integer cueStart;

	private Integer cueEnd;

	private double confidence;

	/** Proposed issue codes, separated by spaces. */
	private String issueCodes;

	private LocalDate statedOn;

	@Enumerated(EnumType.STRING)
	private CandidateStatus status;

	private Long statementId;

	private String reason;

	@Version
	private long version;

	protected Candidate() {
	}

	/** A pending candidate for a quote the extractor found. */
	Candidate(Article article, ExtractedQuote quote, Actor speaker, List<String> issues) {
		this.article = article;
		this.text = quote.text();
		this.startOffset = quote.start();
		this.endOffset = quote.end();
		this.kind = StatementKind.DIRECT_QUOTE;
		this.speaker = speaker;
		this.speakerName = quote.speakerName();
		ProposedActor proposed = (speaker == null) ? quote.newActor() : null;
		if (proposed != null) {
			this.newActorName = proposed.name();
			this.newActorKind = proposed.kind();
			this.newActorTitle = proposed.title();
		}
		Cue cue = quote.cue();
		if (cue != null) {
			this.cueText = cue.text();
			this.cueStart = cue.start();
			this.cueEnd = cue.end();
		}
		this.confidence = Math.max(0, Math.min(1, quote.confidence()));
		this.issueCodes = String.join(" ", issues);
		this.statedOn = quote.statedOn();
		this.status = CandidateStatus.PENDING;
	}

	/** Accepted: it is now the statement with this id, said by this speaker. */
	void accept(long statementId, Actor speaker) {
		requirePending("accepted");
		this.status = CandidateStatus.ACCEPTED;
		this.statementId = statementId;
		this.speaker = speaker;
	}

	/** Rejected, with the editor's reason if given. */
	void reject(String reason) {
		requirePending("rejected");
		this.status = CandidateStatus.REJECTED;
		this.reason = reason;
	}

	/** The speaker is deleted: the candidate proposes no speaker any more. */
	void forgetSpeaker() {
		this.speaker = null;
	}

	/** The statement it became is deleted. */
	void forgetStatement() {
		this.statementId = null;
	}

	/** A 409 problem unless the candidate is still pending. */
	void requirePending(String action) {
		if (this.status != CandidateStatus.PENDING) {
			throw new Conflict("Candidate " + this.id + " is " + this.status.name().toLowerCase(java.util.Locale.ROOT)
					+ " already; only a pending candidate can be " + action, "/api/v1/candidates/" + this.id);
		}
	}

	public Long getId() {
		return this.id;
	}

	public Article getArticle() {
		return this.article;
	}

	public String getText() {
		return this.text;
	}

	public int getStartOffset() {
		return this.startOffset;
	}

	public int getEndOffset() {
		return this.endOffset;
	}

	public StatementKind getKind() {
		return this.kind;
	}

	public Actor getSpeaker() {
		return this.speaker;
	}

	public String getSpeakerName() {
		return this.speakerName;
	}

	/** The speaker to create on accept, when no known actor is proposed; or null. */
	public ProposedActor getNewActor() {
		return (this.newActorName != null) ? new ProposedActor(this.newActorName, this.newActorKind, this.newActorTitle)
				: null;
	}

	public Cue getCue() {
		return (this.cueText != null) ? new Cue(this.cueText, this.cueStart, this.cueEnd) : null;
	}

	public double getConfidence() {
		return this.confidence;
	}

	public List<String> getIssues() {
		return (this.issueCodes == null || this.issueCodes.isBlank()) ? List.of()
				: Arrays.asList(this.issueCodes.split(" "));
	}

	public LocalDate getStatedOn() {
		return this.statedOn;
	}

	public CandidateStatus getStatus() {
		return this.status;
	}

	public Long getStatementId() {
		return this.statementId;
	}

	public String getReason() {
		return this.reason;
	}

	public long getVersion() {
		return this.version;
	}

}
