package org.parley.common;

/**
 * Strong entity tags from record versions: {@code "7"} for version 7. Writes must name
 * the version they change in {@code If-Match}; GETs answer {@code If-None-Match} with
 * 304.
 */
public final class ETags {

	private ETags() {
	}

	public static String of(long version) {
		return "\"" + version + "\"";
	}

	/** The tag of a representation: version and checksum of its JSON. */
	static String of(long version, byte[] representation) {
		java.util.zip.CRC32 crc = new java.util.zip.CRC32();
		crc.update(representation);
		return "\"" + version + "-" + Long.toHexString(crc.getValue()) + "\"";
	}

	/**
	 * The version a write expects, from its {@code If-Match} header.
	 * @throws PreconditionRequired if the header is missing
	 * @throws VersionMismatch if it names another version than {@code current}
	 */
	public static void check(String ifMatch, long current) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw new PreconditionRequired();
		}
		for (String tag : ifMatch.split(",")) {
			String t = tag.trim();
			if (t.equals("*")) {
				return;
			}
			if (t.startsWith("\"") && t.endsWith("\"") && t.length() > 2) {
				String value = t.substring(1, t.length() - 1);
				int dash = value.indexOf('-');
				if ((dash < 0 ? value : value.substring(0, dash)).equals(Long.toString(current))) {
					return;
				}
			}
		}
		throw new VersionMismatch(current);
	}

	/** A write without {@code If-Match}: answered with 428. */
	public static class PreconditionRequired extends RuntimeException {

		PreconditionRequired() {
			super("If-Match is required: send the ETag of the version you are changing (GET it first)");
		}

	}

	/** A write naming a version that is no longer current: answered with 412. */
	public static class VersionMismatch extends RuntimeException {

		private final long currentVersion;

		public VersionMismatch(long currentVersion) {
			super("The record has changed since you read it: its current version is " + currentVersion
					+ "; GET it again and reapply your change");
			this.currentVersion = currentVersion;
		}

		public long currentVersion() {
			return this.currentVersion;
		}

	}

}
