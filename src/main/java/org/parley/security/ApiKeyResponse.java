package org.parley.security;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * An API key as listed: never the key itself nor its hash.
 *
 * @param id the key's id, as recorded in the audit history of its writes
 * @param name what the key is for
 * @param role EDITOR or ADMIN
 * @param createdAt when it was created
 * @param createdBy id of the admin key that created it; empty for a bootstrap key
 * @param lastUsedAt when it was last used, to the minute; empty if never
 * @param revokedAt when it was revoked; empty while it is active
 */
record ApiKeyResponse(long id, String name, ApiKeyRole role, Instant createdAt, @Schema(nullable = true) Long createdBy,
		@Schema(nullable = true) Instant lastUsedAt, @Schema(nullable = true) Instant revokedAt) {

	static ApiKeyResponse of(ApiKey key) {
		return new ApiKeyResponse(key.getId(), key.getName(), key.getRole(), key.getCreatedAt(), key.getCreatedBy(),
				key.getLastUsedAt(), key.getRevokedAt());
	}

}
