package org.parley.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiKeyRepository extends JpaRepository<ApiKey, Long> {

	Optional<ApiKey> findByKeyHash(String keyHash);

	boolean existsByRoleAndRevokedAtIsNull(ApiKeyRole role);

	/** The active keys of a role, locked (FOR UPDATE) so two revocations cannot race. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select k from ApiKey k where k.role = :role and k.revokedAt is null")
	List<ApiKey> findActiveForUpdate(ApiKeyRole role);

	@Modifying
	@Query("update ApiKey k set k.lastUsedAt = :now where k.id = :id")
	void markUsed(Long id, Instant now);

	/**
	 * Serialises the startup check for an admin key across instances starting together.
	 */
	@Query(value = "select count(*) from (select pg_advisory_xact_lock(hashtext('parley.api_key.bootstrap'))) l",
			nativeQuery = true)
	long lockBootstrap();

}
