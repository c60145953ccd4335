package org.parley.idempotency;

import java.time.Duration;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
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

	/**
	 * What claiming a key gave: a claim of our own (a token), or what is stored for it.
	 */
	record Claim(UUID token, Stored earlier) {

		boolean claimed() {
			return this.token != null;
		}

	}

	private final JdbcClient jdbc;

	private final Duration lease;

	IdempotencyStore(JdbcClient jdbc, @Value("${parley.idempotency.lease:30s}") Duration lease) {
		this.jdbc = jdbc;
		this.lease = lease;
	}

	/**
	 * Claims a key for a request. A claim of our own if the key was free, or held by a
	 * request whose lease has run out (it died without answering): the caller goes on and
	 * must {@link #complete} or {@link #release} it. Otherwise what is stored for the
	 * key.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	Claim claim(String owner, String key, String requestHash) {
		this.jdbc.sql("""
				delete from idempotency_record
				where owner = :owner and key = :key
				  and (created_at < now() - interval '24 hours'
				       or (status is null and created_at < now() - make_interval(secs => :lease)))""")
			.param("owner", owner)
			.param("key", key)
			.param("lease", this.lease.toMillis() / 1000.0)
			.update();
		UUID token = UUID.randomUUID();
		int claimed = this.jdbc.sql("""
				insert into idempotency_record (owner, key, request_hash, claim) values (:owner, :key, :hash, :claim)
				on conflict do nothing""")
			.param("owner", owner)
			.param("key", key)
			.param("hash", requestHash)
			.param("claim", token)
			.update();
		if (claimed == 1) {
			return new Claim(token, null);
		}
		return new Claim(null,
				this.jdbc.sql("""
						select request_hash, status, content_type, location, etag, body
						from idempotency_record where owner = :owner and key = :key""")
					.param("owner", owner)
					.param("key", key)
					.query(Stored.class)
					.optional()
					.orElse(null));
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void complete(String owner, String key, UUID claim, int status, String contentType, String location, String etag,
			byte[] body) {
		this.jdbc.sql("""
				update idempotency_record
				set status = :status, content_type = :contentType, location = :location, etag = :etag, body = :body
				where owner = :owner and key = :key and claim = :claim""")
			.param("status", status)
			.param("contentType", contentType)
			.param("location", location)
			.param("etag", etag)
			.param("body", body)
			.param("owner", owner)
			.param("key", key)
			.param("claim", claim)
			.update();
	}

	/** Forgets a key whose request failed, so that it can be retried. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void release(String owner, String key, UUID claim) {
		this.jdbc.sql("""
				delete from idempotency_record
				where owner = :owner and key = :key and claim = :claim and status is null""")
			.param("owner", owner)
			.param("key", key)
			.param("claim", claim)
			.update();
	}

}
