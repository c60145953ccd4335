package org.parley.common;

import java.util.zip.CRC32;

/**
 * Strong entity tags: the record's version and a checksum of the representation's JSON,
 * {@code "7-1a2b3c4d"} for version 7. Writes name the version they change in
 * {@code If-Match} ({@link IfMatch}); GETs answer {@code If-None-Match} with 304.
 */
final class ETags {

	private ETags() {
	}

	/** The tag of a representation: version and checksum of its JSON. */
	static String of(long version, byte[] representation) {
		CRC32 crc = new CRC32();
		crc.update(representation);
		return "\"" + version + "-" + Long.toHexString(crc.getValue()) + "\"";
	}

}
