package org.parley.article;

import java.util.List;

/**
 * The articles Parley ships with: files under {@code classpath:seed/articles/}, stored
 * byte-for-byte by {@link V2__Seed_articles}. Titles are the headlines the files print;
 * where a file prints none, the note says where the title came from. No seed prints a
 * publication date or URL, so none is stored.
 */
final class SeedArticles {

	record Seed(String file, String slug, String title, String outlet, String notes) {
	}

	static final List<Seed> ALL = List.of(
			new Seed("000_b2136352f6002f98.txt", "us-pushes-for-peace-deal",
					"U.S. pushes for peace deal between Russia and Ukraine", null,
					"The text names no outlet; it cites The Associated Press, The Guardian, The Japan Times, "
							+ "the Economic Times, CNN and Fox News as sources of what it reports."),
			new Seed("001_ffce0916daf4e3fd.txt", "leaders-stress-including-ukraine",
					"International leaders stress the necessity of including Ukraine in any negotiations, "
							+ "prior to the upcoming meeting between Trump and Putin.",
					null,
					"The text names no outlet; its footnotes cite BBC News, Reuters, The Guardian, CNN and "
							+ "The New York Times."),
			new Seed("002_df24da9ed9f199a2.txt", "alaska-summit-cautiously-positive",
					"The high-stakes summit between US President Donald Trump and Russian President Vladimir Putin",
					null,
					"The text prints no headline: the title is its opening words. It names no outlet and ends "
							+ "with an empty 'Recent Random Post:' block."),
			new Seed("003_1ca07dd4dee9b7b2.txt", "us-pushes-for-russia-ukraine-dialogue",
					"US Pushes for Russia–Ukraine Dialogue: A New Signal for Peace Talks", "Info Finance",
					"Outlet named in the page's disclaimer ('Info Finance is not reponsible ...')."),
			new Seed("004_3f5d1c33c9c20a76.txt", "trump-says-putin-open-to-security-guarantees",
					"Trump says Putin open to Ukraine security guarantees; leaders discuss framework for peace deal",
					null, "Byline reads 'TIS Desk | Washington DC'; the outlet is not named further."));

	private SeedArticles() {
	}

}
