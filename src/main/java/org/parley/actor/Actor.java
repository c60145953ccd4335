package org.parley.actor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import org.hibernate.envers.Audited;
import org.parley.common.Unprocessable;

/** A person, state, organisation or group taking part in negotiations. */
@Entity
@Audited
public class Actor {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String name;

	@Enumerated(EnumType.STRING)
	private ActorKind kind;

	private String title;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "affiliation_id")
	private Actor affiliation;

	private String notes;

	@ElementCollection
	@CollectionTable(name = "actor_alias", joinColumns = @JoinColumn(name = "actor_id"))
	@Column(name = "alias")
	@OrderBy
	private Set<String> aliases = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "actor_membership", joinColumns = @JoinColumn(name = "group_id"),
			inverseJoinColumns = @JoinColumn(name = "member_id"))
	@OrderBy("name")
	private Set<Actor> members = new LinkedHashSet<>();

	@ManyToMany(mappedBy = "members")
	@OrderBy("name")
	private Set<Actor> memberOf = new LinkedHashSet<>();

	@Version
	private long version;

	protected Actor() {
	}

	public Actor(String slug) {
		this.slug = slug;
	}

	/**
	 * Replaces everything but the slug, which identifies the actor for good.
	 * @throws Unprocessable if the actor would be affiliated with itself, if an actor
	 * other than a {@link ActorKind#GROUP} would have members, or a group would contain
	 * itself
	 */
	void update(String name, ActorKind kind, String title, Actor affiliation, String notes, Set<String> aliases,
			List<Actor> members) {
		if (affiliation == this) {
			throw Unprocessable.field("affiliation", "an actor cannot be affiliated with itself");
		}
		if (!members.isEmpty() && kind != ActorKind.GROUP) {
			throw Unprocessable.field("members", "only a GROUP has members");
		}
		List<Unprocessable.FieldError> errors = new ArrayList<>();
		for (int i = 0; i < members.size(); i++) {
			if (members.get(i) == this) {
				errors.add(new Unprocessable.FieldError("members[" + i + "]", "a group cannot contain itself"));
			}
		}
		if (!errors.isEmpty()) {
			throw new Unprocessable(errors);
		}
		this.name = name;
		this.kind = kind;
		this.title = title;
		this.affiliation = affiliation;
		this.notes = notes;
		this.aliases.clear();
		this.aliases.addAll(aliases);
		this.members.clear();
		this.members.addAll(members);
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public ActorKind getKind() {
		return this.kind;
	}

	public String getTitle() {
		return this.title;
	}

	public Actor getAffiliation() {
		return this.affiliation;
	}

	public String getNotes() {
		return this.notes;
	}

	/** Other spellings of the name (a read-only view). */
	public Set<String> getAliases() {
		return Collections.unmodifiableSet(this.aliases);
	}

	/** For a group: its members (a read-only view). */
	public Set<Actor> getMembers() {
		return Collections.unmodifiableSet(this.members);
	}

	/** The groups this actor belongs to (a read-only view). */
	public Set<Actor> getMemberOf() {
		return Collections.unmodifiableSet(this.memberOf);
	}

	public long getVersion() {
		return this.version;
	}

}
