package org.parley.summit;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OctetFoldingWriterTests {

	@Test
	void shortLinesAreLeftAlone() throws IOException {
		assertThat(fold("SUMMARY:Alaska\r\nUID:a@parley\r\n")).isEqualTo("SUMMARY:Alaska\r\nUID:a@parley\r\n");
	}

	@Test
	void longLinesFoldAt75OctetsAndUnfoldToTheOriginal() throws IOException {
		String line = "DESCRIPTION:" + "a".repeat(200);
		String folded = fold(line + "\r\n");
		assertThat(folded.split("\r\n")).allSatisfy((l) -> assertThat(octets(l)).isLessThanOrEqualTo(75));
		assertThat(folded.split("\r\n")[0]).hasSize(75);
		assertThat(folded.replace("\r\n ", "")).isEqualTo(line + "\r\n");
	}

	@Test
	void multiByteCharactersCountByOctetsAndAreNeverSplit() throws IOException {
		String line = "SUMMARY:" + "–".repeat(60) + "😀".repeat(30);
		String folded = fold(line + "\r\n");
		assertThat(folded.split("\r\n")).allSatisfy((l) -> assertThat(octets(l)).isLessThanOrEqualTo(75));
		assertThat(folded.replace("\r\n ", "")).isEqualTo(line + "\r\n");
		assertThat(folded.split("\r\n")).allSatisfy(
				(l) -> assertThat(Character.isHighSurrogate(l.charAt(l.length() - 1))).as("ends inside a character")
					.isFalse());
	}

	private static String fold(String text) throws IOException {
		StringWriter out = new StringWriter();
		try (OctetFoldingWriter writer = new OctetFoldingWriter(out)) {
			writer.write(text);
		}
		return out.toString();
	}

	private static int octets(String line) {
		return line.getBytes(StandardCharsets.UTF_8).length;
	}

}
