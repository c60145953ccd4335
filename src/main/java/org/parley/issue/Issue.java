package org.parley.issue;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/** A negotiation topic, with the yes/no question a stance on it answers. */
@Entity
@Audited
public class Issue {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private String name;

	private String question;

	private String description;

	/**
	 * Words besides the name that suggest this issue in a quote ("truce" for ceasefire).
	 */
	@ElementCollection
	@CollectionTable(name = "issue_term", joinColumns = @JoinColumn(name = "issue_id"))
	@Column(name = "term")
	@OrderBy
	private Set<String> terms = new LinkedHashSet<>();

	@Version
	private long version;

	protected Issue() {
	}

	public Issue(String code, String name, String question, String description) {
		this.code = code;
		this.name = name;
		this.question = question;
		this.description = description;
	}

	/** Replaces everything but the code, which identifies the issue for good. */
	void update(String name, String question, String description) {
		this.name = name;
		this.question = question;
		this.description = description;
	}

	/** Replaces the terms that suggest the issue (blank ones dropped, each kept once). */
	void replaceTerms(Collection<String> terms) {
		this.terms.clear();
		terms.stream().map(String::strip).filter((t) -> !t.isEmpty()).forEach(this.terms::add);
	}

	public Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public String getQuestion() {
		return this.question;
	}

	public String getDescription() {
		return this.description;
	}

	/** The terms that suggest the issue besides its name (a read-only view). */
	public Set<String> getTerms() {
		return Collections.unmodifiableSet(this.terms);
	}

	public long getVersion() {
		return this.version;
	}

}
