package org.parley.summit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.annotations.Formula;
import org.parley.article.Article;

/** A negotiation event: summit, meeting, call, press conference or joint statement. */
@Entity
@Audited
public class Summit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String title;

	@Enumerated(EnumType.STRING)
	private SummitKind kind;

	@Enumerated(EnumType.STRING)
	private SummitStatus status;

	private LocalDate startDate;

	private LocalDate endDate;

	private String locationName;

	private BigDecimal latitude;

	private BigDecimal longitude;

	private String summary;

	private String outcome;

	@OneToMany(mappedBy = "summit")
	@OrderBy("role, actor")
	private Set<SummitParticipant> participants = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "summit_source", joinColumns = @JoinColumn(name = "summit_id"),
			inverseJoinColumns = @JoinColumn(name = "article_id"))
	@OrderBy("slug")
	private Set<Article> sources = new LinkedHashSet<>();

	@NotAudited
	@Formula("(select count(*) from summit_source ss where ss.summit_id = id)")
	private int sourceCount;

	@Version
	private long version;

	protected Summit() {
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getTitle() {
		return this.title;
	}

	public SummitKind getKind() {
		return this.kind;
	}

	public SummitStatus getStatus() {
		return this.status;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

	public String getLocationName() {
		return this.locationName;
	}

	public BigDecimal getLatitude() {
		return this.latitude;
	}

	public BigDecimal getLongitude() {
		return this.longitude;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getOutcome() {
		return this.outcome;
	}

	public Set<SummitParticipant> getParticipants() {
		return this.participants;
	}

	public Set<Article> getSources() {
		return this.sources;
	}

	/** How many distinct articles report this event. */
	public int getSourceCount() {
		return this.sourceCount;
	}

	public long getVersion() {
		return this.version;
	}

}
