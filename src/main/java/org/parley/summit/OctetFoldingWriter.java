package org.parley.summit;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Folds iCalendar content lines so that none is longer than 75 octets of UTF-8 (RFC 5545
 * §3.1): a CRLF and a space are inserted before the character that would overflow, never
 * inside a character. ical4j's own {@code FoldingWriter} counts characters, not octets,
 * so a line of non-ASCII text (the en dash in "Trump–Putin") could run to more than twice
 * the limit.
 */
final class OctetFoldingWriter extends FilterWriter {

	static final int MAX_OCTETS = 75;

	private int lineOctets;

	OctetFoldingWriter(Writer out) {
		super(out);
	}

	@Override
	public void write(int c) throws IOException {
		char ch = (char) c;
		if (ch == '\n') {
			this.lineOctets = 0;
		}
		else if (ch != '\r') {
			int octets = octets(ch);
			if (this.lineOctets + octets > MAX_OCTETS) {
				this.out.write("\r\n ");
				this.lineOctets = 1;
			}
			this.lineOctets += octets;
		}
		this.out.write(ch);
	}

	@Override
	public void write(char[] chars, int offset, int length) throws IOException {
		for (int i = offset; i < offset + length; i++) {
			write(chars[i]);
		}
	}

	@Override
	public void write(String text, int offset, int length) throws IOException {
		for (int i = offset; i < offset + length; i++) {
			write(text.charAt(i));
		}
	}

	/**
	 * UTF-8 length of a UTF-16 unit; a surrogate pair counts 4 on its high half, so a
	 * fold never falls between the halves.
	 */
	private static int octets(char ch) {
		if (ch < 0x80) {
			return 1;
		}
		if (ch < 0x800) {
			return 2;
		}
		if (Character.isHighSurrogate(ch)) {
			return 4;
		}
		if (Character.isLowSurrogate(ch)) {
			return 0;
		}
		return 3;
	}

}
