package org.parley.security;

import java.time.Instant;

/**
 * A key just created: the only answer that ever holds the key itself.
 *
 * @param id the key's id
 * @param name what the key is for
 * @param role EDITOR or ADMIN
 * @param key the key, to send as {@code Authorization: Bearer <key>}; shown only now
 * @param createdAt when it was created
 */
record CreatedApiKey(long id, String name, ApiKeyRole role, String key, Instant createdAt) {

}
