package org.parley.ingest.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which characters are quotation marks, and where each quote's words begin and end. */
class QuoteSpanFinderTests {

	private final QuoteSpanFinder finder = new QuoteSpanFinder(WordLists.english());

	private List<String> quotes(String body) {
		return this.finder.find(body, Paragraph.split(body)).stream().map((span) -> span.text(body)).toList();
	}

	@Test
	void everyQuotationStyleIsAQuote() {
		assertThat(quotes("“curly double” and ‘curly single’ and \"straight double\" and 'straight single'"))
			.containsExactly("curly double", "curly single", "straight double", "straight single");
		assertThat(quotes("«guillemets» and „German low-high“ and „Polish low-high” and ‹single guillemets›"))
			.containsExactly("guillemets", "German low-high", "Polish low-high", "single guillemets");
	}

	@Test
	void theWordsAreExactlyWhatStandsBetweenTheMarksWithoutATrailingComma() {
		String body = "“We agreed to robust security guarantees,” he said. “We agree.”";
		List<QuoteSpan> spans = this.finder.find(body, Paragraph.split(body));
		assertThat(spans).extracting((span) -> span.text(body))
			.containsExactly("We agreed to robust security guarantees", "We agree.");
		assertThat(body.substring(spans.get(0).start(), spans.get(0).end()))
			.isEqualTo("We agreed to robust security guarantees");
	}

	@Test
	void apostrophesAreNotQuotationMarks() {
		assertThat(quotes("Russia’s demands since the ’90s, a rock ’n’ roll concert, Kyiv's allies, the allies’ plans"))
			.isEmpty();
		assertThat(quotes("‘We’ve done the work, and it’s what the ’90s taught us,’ Starmer said."))
			.containsExactly("We’ve done the work, and it’s what the ’90s taught us");
		assertThat(quotes("'We had the Budapest Memorandum in the '90s,' he said."))
			.containsExactly("We had the Budapest Memorandum in the '90s");
	}

	@Test
	void aNestedQuoteIsReportedOnceAsTheOuterQuoteWithItsInnerMarks() {
		assertThat(quotes("“The officer told me ‘next time, maybe next time’,” she said."))
			.containsExactly("The officer told me ‘next time, maybe next time’");
		assertThat(quotes("\"They have to say, 'OK, we're going to do it,'\" he said."))
			.containsExactly("They have to say, 'OK, we're going to do it,'");
		assertThat(quotes("«Il a dit ‹non› hier», a-t-il ajouté.")).containsExactly("Il a dit ‹non› hier");
	}

	@Test
	void aQuoteRunningOverParagraphsIsOneQuotePerParagraphSharingAChain() {
		String body = "“I am ready,” he said. “But a meeting is not a ceremony.\n\n“If he wants peace, he can stop.”";
		List<QuoteSpan> spans = this.finder.find(body, Paragraph.split(body));
		assertThat(spans).extracting((span) -> span.text(body))
			.containsExactly("I am ready", "But a meeting is not a ceremony.", "If he wants peace, he can stop.");
		assertThat(spans.get(1).chain()).isEqualTo(spans.get(2).chain()).isNotEqualTo(spans.get(0).chain());
	}

	@Test
	void anOpeningMarkNeverClosedIsDroppedAndTheRestOfTheParagraphStillRead() {
		assertThat(quotes("He said \"this never closes, and then “this does” today.")).containsExactly("this does");
		assertThat(quotes("“Unclosed at the end of a paragraph\n\nA plain paragraph with “a quote” in it."))
			.containsExactly("a quote");
	}

	@Test
	void ellipsesAndBracketsStayVerbatim() {
		assertThat(quotes("“We want this … [Democratic Republic of the Congo] to end,” Rubio said."))
			.containsExactly("We want this … [Democratic Republic of the Congo] to end");
	}

}
