package org.parley.security;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiKeyRepository extends JpaRepository<ApiKey, Long> {

	Optional<ApiKey> findByKeyHash(String keyHash);

	boolean existsByRoleAndRevokedAtIsNull(ApiKeyRole role);

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
