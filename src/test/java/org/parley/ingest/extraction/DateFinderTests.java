package org.parley.ingest.extraction;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A quote's date only when its sentence fixes it; never guessed. */
class DateFinderTests {

	private static final LocalDate PUBLISHED = LocalDate.of(2025, 8, 20);

	@Test
	void aMonthAndDayOpeningTheSentenceTakeTheYearOfPublication() {
		Extraction extraction = Actors.extractOn(PUBLISHED, "On Aug. 15, Trump said the talks were “productive”.");
		assertThat(extraction.quotes().get(0).statedOn()).isEqualTo(LocalDate.of(2025, 8, 15));
	}

	@Test
	void aFullDateNeedsNoPublicationDate() {
		Extraction extraction = Actors.extractOn(null, "On August 15, 2025, Trump said the talks were “productive”.");
		assertThat(extraction.quotes().get(0).statedOn()).isEqualTo(LocalDate.of(2025, 8, 15));
	}

	@Test
	void aWeekdayAfterTheVerbIsTheLatestSuchDayUpToPublication() {
		Extraction extraction = Actors.extractOn(PUBLISHED,
				"Peskov told reporters on Monday that it was “too early to talk about dates”.");
		assertThat(extraction.quotes().get(0).statedOn()).isEqualTo(LocalDate.of(2025, 8, 18));
	}

	@Test
	void withoutADateInTheSentenceOrAYearThereIsNoDate() {
		assertThat(Actors.extractOn(PUBLISHED, "“We are closer than we were,” Trump said.").quotes().get(0).statedOn())
			.isNull();
		assertThat(Actors.extractOn(null, "On Aug. 15, Trump said the talks were “productive”.")
			.quotes()
			.get(0)
			.statedOn()).isNull();
		assertThat(Actors.extractOn(PUBLISHED, "Trump, who met Putin on Aug. 15, said it was “productive”.")
			.quotes()
			.get(0)
			.statedOn()).isNull();
	}

}
