package org.parley.security;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An API key as stored: its SHA-256, never the key. No {@code @Version}: nothing on it is
 * edited, revoking is one-way and idempotent, and {@code lastUsedAt} is a hint that
 * concurrent requests may overwrite without harm.
 */
@Entity
@Table(name = "api_key")
class ApiKey {

	/** {@code lastUsedAt} is written at most this often per key, not on every request. */
	static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	@Enumerated(EnumType.STRING)
	private ApiKeyRole role;

	private String keyHash;

	private Instant createdAt;

	private Long createdBy;

	private Instant lastUsedAt;

	private Instant revokedAt;

	protected ApiKey() {
	}

	ApiKey(String name, ApiKeyRole role, String keyHash, Long createdBy, Instant createdAt) {
		this.name = name;
		this.role = role;
		this.keyHash = keyHash;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	boolean isRevoked() {
		return this.revokedAt != null;
	}

	/** Revokes the key; revoking it again changes nothing. */
	void revoke(Instant now) {
		if (this.revokedAt == null) {
			this.revokedAt = now;
		}
	}

	/** Whether a use at {@code now} should be recorded in {@code lastUsedAt}. */
	boolean lastUseIsStale(Instant now) {
		return this.lastUsedAt == null || this.lastUsedAt.plus(LAST_USED_RESOLUTION).isBefore(now);
	}

	Long getId() {
		return this.id;
	}

	String getName() {
		return this.name;
	}

	ApiKeyRole getRole() {
		return this.role;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Long getCreatedBy() {
		return this.createdBy;
	}

	Instant getLastUsedAt() {
		return this.lastUsedAt;
	}

	Instant getRevokedAt() {
		return this.revokedAt;
	}

}
