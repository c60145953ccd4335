package org.parley.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.persistence.EntityManager;
import org.parley.common.Conflict;
import org.parley.common.ListPage;
import org.parley.common.Listing;
import org.parley.common.Paging;
import org.parley.common.ResourceNotFound;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, lists, revokes and checks API keys. */
@Service
class ApiKeyService {

	static final Map<String, String> SORTABLE = Map.of("id", "id", "name", "name", "role", "role", "createdAt",
			"createdAt", "lastUsedAt", "lastUsedAt");

	private final ApiKeyRepository keys;

	private final Clock clock;

	/**
	 * Valid keys seen lately, by hash, so that a request with a known key costs no
	 * database lookup; a revocation on another instance takes effect when the entry
	 * expires ({@code parley.security.key-cache}, 5 seconds by default).
	 */
	private final Cache<String, ApiKeyAuthentication> valid;

	/**
	 * Hashes of the keys found valid in the last hour: such a key is looked up again when
	 * its entry in {@link #valid} expires even if its address is over its limit, so an
	 * honest client is not locked out by a flood of invented keys from its address.
	 */
	private final Cache<String, Boolean> validLately;

	private final EntityManager entityManager;

	ApiKeyService(ApiKeyRepository keys, Clock clock, @Value("${parley.security.key-cache:5s}") Duration keyCache,
			EntityManager entityManager) {
		this.keys = keys;
		this.entityManager = entityManager;
		this.clock = clock;
		this.valid = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(keyCache).build();
		this.validLately = Caffeine.newBuilder().maximumSize(10_000).expireAfterAccess(Duration.ofHours(1)).build();
	}

	/** The key's identity if it was found valid lately: no database lookup needed. */
	Optional<ApiKeyAuthentication> knownValid(String presented) {
		return Optional.ofNullable(this.valid.getIfPresent(ApiKeys.hash(presented)));
	}

	/**
	 * Whether the key was found valid in the last hour (it may have been revoked since):
	 * worth a lookup whatever its address has left. Invented keys never are.
	 */
	boolean validLately(String presented) {
		return this.validLately.getIfPresent(ApiKeys.hash(presented)) != null;
	}

	/**
	 * Makes a key; the answer is the only place the key itself ever appears.
	 * @param createdBy id of the admin key creating it, {@code null} at bootstrap
	 */
	@Transactional
	CreatedApiKey create(String name, ApiKeyRole role, Long createdBy) {
		String key = ApiKeys.generate();
		ApiKey saved = this.keys.save(new ApiKey(name, role, ApiKeys.hash(key), createdBy, now()));
		return new CreatedApiKey(saved.getId(), saved.getName(), saved.getRole(), key, saved.getCreatedAt());
	}

	@Transactional(readOnly = true)
	ListPage<ApiKeyResponse> list(Paging paging) {
		return Listing.of(this.entityManager, ApiKey.class, null, paging.toSort(SORTABLE, Sort.by("createdAt"), "id"))
			.page(paging, ApiKeyResponse::of);
	}

	@Transactional(readOnly = true)
	ApiKeyResponse get(long id) {
		return ApiKeyResponse.of(find(id));
	}

	/**
	 * Revokes the key, keeping its record; revoking a revoked key changes nothing. The
	 * last active admin key cannot be revoked (a 409 problem): nobody could manage keys
	 * after.
	 */
	@Transactional
	void revoke(long id) {
		ApiKey key = find(id);
		if (key.getRole() == ApiKeyRole.ADMIN && !key.isRevoked()) {
			List<ApiKey> admins = this.keys.findActiveForUpdate(ApiKeyRole.ADMIN);
			if (admins.size() <= 1) {
				throw new Conflict("API key " + id + " is the last active admin key; create another admin key "
						+ "before revoking it", "/api/v1/admin/api-keys/" + id);
			}
		}
		key.revoke(now());
		this.valid.invalidateAll();
	}

	/**
	 * The key's identity, if {@code presented} is an active key, looked up in the
	 * database (see {@link #knownValid} for the keys seen lately). Records the use (at
	 * most once a minute per key).
	 */
	@Transactional
	Optional<ApiKeyAuthentication> authenticate(String presented) {
		String hash = ApiKeys.hash(presented);
		Optional<ApiKey> found = this.keys.findByKeyHash(hash);
		if (found.isEmpty() || found.get().isRevoked()) {
			this.validLately.invalidate(hash);
			return Optional.empty();
		}
		ApiKey key = found.get();
		Instant now = now();
		if (key.lastUseIsStale(now)) {
			this.keys.markUsed(key.getId(), now);
		}
		ApiKeyAuthentication authentication = new ApiKeyAuthentication(key.getId(), key.getName(), key.getRole());
		this.valid.put(hash, authentication);
		this.validLately.put(hash, Boolean.TRUE);
		return Optional.of(authentication);
	}

	/**
	 * Makes sure there is a way in: the configured admin key if there is one, else a
	 * generated admin key when no active one exists. Safe to run on every start, and by
	 * several instances at once.
	 * @return a key generated now (to be shown once), if one was
	 */
	@Transactional
	Optional<String> bootstrap(String configuredAdminKey, BootstrapListener listener) {
		this.keys.lockBootstrap();
		if (!configuredAdminKey.isEmpty()) {
			Optional<ApiKey> existing = this.keys.findByKeyHash(ApiKeys.hash(configuredAdminKey));
			if (existing.isEmpty()) {
				ApiKey key = this.keys
					.save(new ApiKey(BOOTSTRAP_NAME, ApiKeyRole.ADMIN, ApiKeys.hash(configuredAdminKey), null, now()));
				listener.configuredKeyStored(key.getId());
			}
			else if (existing.get().isRevoked()) {
				listener.configuredKeyRevoked(existing.get().getId());
			}
			else if (existing.get().getRole() != ApiKeyRole.ADMIN) {
				listener.configuredKeyNotAdmin(existing.get().getId());
			}
			return Optional.empty();
		}
		if (this.keys.existsByRoleAndRevokedAtIsNull(ApiKeyRole.ADMIN)) {
			return Optional.empty();
		}
		CreatedApiKey created = create(BOOTSTRAP_NAME, ApiKeyRole.ADMIN, null);
		return Optional.of(created.key());
	}

	static final String BOOTSTRAP_NAME = "bootstrap admin";

	/** What the bootstrap found, for logging. */
	interface BootstrapListener {

		void configuredKeyStored(long id);

		void configuredKeyRevoked(long id);

		void configuredKeyNotAdmin(long id);

	}

	private ApiKey find(long id) {
		return this.keys.findById(id).orElseThrow(() -> ResourceNotFound.of("api key", id));
	}

	private Instant now() {
		// Microseconds, as PostgreSQL stores them, so what is answered is what is kept.
		return this.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
	}

}
