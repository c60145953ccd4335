package org.parley.history;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One audited write transaction: when, and by which API key. */
@Entity
@RevisionEntity(RevisionEditorListener.class)
public class Revision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@RevisionNumber
	private Long id;

	@RevisionTimestamp
	@Column(name = "created_at")
	private Instant createdAt;

	private String apiKeyId;

	public Long getId() {
		return this.id;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getApiKeyId() {
		return this.apiKeyId;
	}

	void setApiKeyId(String apiKeyId) {
		this.apiKeyId = apiKeyId;
	}

}
