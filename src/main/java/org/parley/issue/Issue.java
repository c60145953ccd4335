package org.parley.issue;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
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

	public long getVersion() {
		return this.version;
	}

}
