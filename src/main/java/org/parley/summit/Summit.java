package org.parley.summit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
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
import org.hibernate.annotations.Formula;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.parley.actor.Actor;
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

	@OneToMany(mappedBy = "summit", cascade = CascadeType.ALL, orphanRemoval = true)
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

	Summit(String slug) {
		this.slug = slug;
	}

	/**
	 * Replaces everything but the slug, which identifies the event for good, and the
	 * participants and sources (see {@link #replaceParticipants} and
	 * {@link #replaceSources}).
	 * @return whether anything changed
	 */
	boolean update(String title, SummitKind kind, SummitStatus status, LocalDate startDate, LocalDate endDate,
			String locationName, BigDecimal latitude, BigDecimal longitude, String summary, String outcome) {
		boolean changed = !Objects.equals(this.title, title) || this.kind != kind || this.status != status
				|| !Objects.equals(this.startDate, startDate) || !Objects.equals(this.endDate, endDate)
				|| !Objects.equals(this.locationName, locationName) || !sameNumber(this.latitude, latitude)
				|| !sameNumber(this.longitude, longitude) || !Objects.equals(this.summary, summary)
				|| !Objects.equals(this.outcome, outcome);
		this.title = title;
		this.kind = kind;
		this.status = status;
		this.startDate = startDate;
		this.endDate = endDate;
		this.locationName = locationName;
		this.latitude = latitude;
		this.longitude = longitude;
		this.summary = summary;
		this.outcome = outcome;
		return changed;
	}

	private static boolean sameNumber(BigDecimal a, BigDecimal b) {
		return (a == null) ? b == null : b != null && a.compareTo(b) == 0;
	}

	/**
	 * Makes the participants exactly {@code roles} (actor to role). Actors that stay keep
	 * their row and only change role; the others are removed or added. Replacing a row by
	 * a new one with the same key would not do: Hibernate inserts before it deletes, and
	 * the key (summit, actor) would clash.
	 * @return whether anything changed
	 */
	boolean replaceParticipants(Map<Actor, ParticipantRole> roles) {
		Map<Long, ParticipantRole> wanted = roles.entrySet()
			.stream()
			.collect(Collectors.toMap((e) -> e.getKey().getId(), Map.Entry::getValue));
		boolean changed = this.participants.removeIf((p) -> !wanted.containsKey(p.getActor().getId()));
		Map<Long, SummitParticipant> kept = this.participants.stream()
			.collect(Collectors.toMap((p) -> p.getActor().getId(), Function.identity()));
		for (Map.Entry<Actor, ParticipantRole> entry : roles.entrySet()) {
			SummitParticipant existing = kept.get(entry.getKey().getId());
			if (existing == null) {
				this.participants.add(new SummitParticipant(this, entry.getKey(), entry.getValue()));
				changed = true;
			}
			else if (existing.getRole() != entry.getValue()) {
				existing.changeRole(entry.getValue());
				changed = true;
			}
		}
		return changed;
	}

	/**
	 * Makes the sources exactly {@code articles}, leaving the collection untouched if
	 * they already are.
	 * @return whether anything changed
	 */
	boolean replaceSources(Collection<Article> articles) {
		Set<Long> wanted = articles.stream().map(Article::getId).collect(Collectors.toSet());
		boolean changed = this.sources.removeIf((a) -> !wanted.contains(a.getId()));
		Set<Long> present = this.sources.stream().map(Article::getId).collect(Collectors.toSet());
		for (Article article : articles) {
			if (present.add(article.getId())) {
				this.sources.add(article);
				changed = true;
			}
		}
		return changed;
	}

	/**
	 * Stops citing an article as a source, as when the article is deleted.
	 * @return whether it was a source
	 */
	boolean removeSource(Long articleId) {
		return this.sources.removeIf((a) -> a.getId().equals(articleId));
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

	/** Who took part, in which role (a read-only view). */
	public Set<SummitParticipant> getParticipants() {
		return Collections.unmodifiableSet(this.participants);
	}

	/** The articles reporting the event (a read-only view). */
	public Set<Article> getSources() {
		return Collections.unmodifiableSet(this.sources);
	}

	/** How many distinct articles report this event. */
	public int getSourceCount() {
		return this.sourceCount;
	}

	public long getVersion() {
		return this.version;
	}

}
