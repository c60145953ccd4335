package org.parley.idempotency;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Remembers the first response to each Idempotency-Key (table idempotency_record, V9).
 */
@Component
class IdempotencyStore {

	record Stored(String requestHash, Integer status, String contentType, String location, String etag, byte[] body) {
	}

	private final JdbcClient jdbc;

	IdempotencyStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Claims a key for a request. Empty if the key was free (the caller goes on and must
	 * {@link #complete} or {@link #release} it); otherwise what is stored for it.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	Optional<Stored> claim(String owner, String key, String requestHash) {
		this.jdbc.sql("""
				delete from idempotency_record
				where owner = :owner and key = :key and created_at < now() - interval '24 hours'""")
			.param("owner", owner)
			.param("key", key)
			.update();
		int claimed = this.jdbc.sql("""
				insert into idempotency_record (owner, key, request_hash) values (:owner, :key, :hash)
				on conflict do nothing""").param("owner", owner).param("key", key).param("hash", requestHash).update();
		if (claimed == 1) {
			return Optional.empty();
		}
		return this.jdbc.sql("""
				select request_hash, status, content_type, location, etag, body
				from idempotency_record where owner = :owner and key = :key""")
			.param("owner", owner)
			.param("key", key)
			.query(Stored.class)
			.optional();
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void complete(String owner, String key, int status, String contentType, String location, String etag, byte[] body) {
		this.jdbc.sql("""
				update idempotency_record
				set status = :status, content_type = :contentType, location = :location, etag = :etag, body = :body
				where owner = :owner and key = :key""")
			.param("status", status)
			.param("contentType", contentType)
			.param("location", location)
			.param("etag", etag)
			.param("body", body)
			.param("owner", owner)
			.param("key", key)
			.update();
	}

	/** Forgets a key whose request failed, so that it can be retried. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void release(String owner, String key) {
		this.jdbc.sql("delete from idempotency_record where owner = :owner and key = :key and status is null")
			.param("owner", owner)
			.param("key", key)
			.update();
	}

}
