package org.parley.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Making API keys and hashing them. */
final class ApiKeys {

	/** Marks a string as a Parley key, so it is recognised in a config file or a leak. */
	static final String PREFIX = "pk_";

	/** 256 bits of randomness. */
	private static final int RANDOM_BYTES = 32;

	private static final SecureRandom random = new SecureRandom();

	private ApiKeys() {
	}

	/** A new key: {@code pk_} then 32 random bytes in URL-safe base64 (43 characters). */
	static String generate() {
		byte[] bytes = new byte[RANDOM_BYTES];
		random.nextBytes(bytes);
		return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * The key's SHA-256, in lowercase hex: what is stored and looked up. A fast hash is
	 * right here, unlike for passwords: the keys are 256 random bits, so there is no
	 * dictionary to try and brute force is out of reach however fast the hash. A slow,
	 * salted hash (bcrypt, argon2) would only cost time on every request and rule out
	 * finding the key by its hash in an index.
	 */
	static String hash(String key) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

}
