package org.parley.ingest.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The page around an article yields no quote and names no speaker. */
class PageFurnitureTests {

	private final PageFurniture furniture = new PageFurniture(WordLists.english());

	@Test
	void navigationShareButtonsAndBannersAreFurniture() {
		assertThat(this.furniture.isFurniture("Follow Us:")).isTrue();
		assertThat(this.furniture.isFurniture("Advertisement")).isTrue();
		assertThat(this.furniture.isFurniture("Home | World | Politics | Europe")).isTrue();
		assertThat(this.furniture.isFurniture("Gọi ngay: +84 969 116 052")).isTrue();
		assertThat(
				this.furniture.isFurniture("[1] BBC News, \"Ukraine conflict,\" August 15, 2025, https://bbc.co.uk/x"))
			.isTrue();
		assertThat(this.furniture.isFurniture("© 2025 Daily Horizon Media Pvt. Ltd. All rights reserved.")).isTrue();
		assertThat(this.furniture.isFurniture("Putin said the talks were useful.")).isFalse();
	}

	@Test
	void headlinesAndTeasersKeepTheirNamesButNotTheirQuotes() {
		assertThat(this.furniture.quotesDoNotCount("Merz: Germany will „take responsibility“", true)).isTrue();
		assertThat(this.furniture.quotesDoNotCount("Read more: What is the ‘coalition of the willing’?", false))
			.isTrue();
		assertThat(this.furniture.quotesDoNotCount("'Not a piece of paper': Zelenskyy wants guarantees", false))
			.isTrue();
		assertThat(this.furniture.quotesDoNotCount("“We are closer,” Trump said.", false)).isFalse();
	}

	@Test
	void aFirstLineThatEndsAsASentenceIsTheLedeNotTheHeadline() {
		assertThat(this.furniture.quotesDoNotCount("“We will never trade our territory,” Zelensky said.", true))
			.isFalse();
		assertThat(this.furniture.quotesDoNotCount("Zelensky: “We will never trade our territory”", true)).isTrue();
	}

	@Test
	void aPageFullOfFurnitureYieldsNoQuoteAndNoActor() {
		Extraction extraction = Actors.extract("Follow Us: Facebook | X | Telegram", "Advertisement",
				"For news tips, call +91 22 4000 1234", "Share this article", "“We will win,” Trump said.");
		assertThat(Actors.texts(extraction)).containsExactly("We will win");
		assertThat(extraction.actors()).isEmpty();
	}

}
