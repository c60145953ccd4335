package org.parley.ingest.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the words attributing a quote stand, and who they say spoke. */
class AttributionTests {

	@Test
	void theSpeakerAfterTheQuoteInEitherOrder() {
		assertThat(Actors.speakers(Actors.extract("“We are closer than we were,” Trump said.",
				"“The fastest way to end a war is to get them into one room,” said Witkoff.")))
			.containsExactly("donald-trump", "steve-witkoff");
	}

	@Test
	void theSpeakerBeforeTheQuoteWithAColon() {
		Extraction extraction = Actors.extract("Trump told reporters: “The president is going to decide.”");
		assertThat(Actors.speakers(extraction)).containsExactly("donald-trump");
		assertThat(extraction.quotes().get(0).cue().text()).isEqualTo("Trump told");
	}

	@Test
	void theAudienceIsNotTheSpeaker() {
		assertThat(Actors.speakers(Actors.extract("“We agreed to robust guarantees,” Witkoff told Fox News.",
				"Zelenskyy told NATO's chief that he wanted “a real peace” soon.")))
			.containsExactly("steve-witkoff", "volodymyr-zelenskyy");
	}

	@Test
	void accordingToNamesTheSpeakerAfterIt() {
		assertThat(Actors.speakers(Actors.extract("The talks were “frank and constructive”, according to the Kremlin.",
				"According to Leavitt, the call had been “very productive”.")))
			.containsExactly("Kremlin", "karoline-leavitt");
	}

	@Test
	void writtenPostsAndStatementsAreAttributions() {
		assertThat(Actors.speakers(Actors.extract("“Big progress on Russia. Stay tuned!” Trump wrote on Truth Social.",
				"NATO said in a statement that allies “remain united in their support”.")))
			.containsExactly("donald-trump", "nato");
	}

	@Test
	void aQuoteSplitByItsAttributionIsTwoQuotesOfOneSpeaker() {
		Extraction extraction = Actors.extract("“A ceasefire is nice,” Trump said, “but it can fall apart in a week.”");
		assertThat(Actors.texts(extraction)).containsExactly("A ceasefire is nice", "but it can fall apart in a week.");
		assertThat(Actors.speakers(extraction)).containsExactly("donald-trump", "donald-trump");
	}

	@Test
	void aPartialQuoteInsideReportedSpeechIsAQuote() {
		Extraction extraction = Actors.extract("Putin said they had reached an “understanding” on several points.");
		assertThat(Actors.texts(extraction)).containsExactly("understanding");
		assertThat(Actors.speakers(extraction)).containsExactly("vladimir-putin");
	}

	@Test
	void aVerbWithoutSubjectTakesTheSubjectOfTheSentence() {
		assertThat(Actors.speakers(Actors.extract(
				"Trump highlighted that “both sides made great progress,” while adding his trademark comment, “there is no deal unless there is a deal.”")))
			.containsExactly("donald-trump", "donald-trump");
	}

	@Test
	void aCueNeverReachesIntoTheNextSentence() {
		assertThat(Actors.speakers(Actors.extract(
				"The allies said “a lasting peace is only possible with Ukraine at the table.” Trump said nothing.")))
			.doesNotContain("donald-trump");
	}

	@Test
	void confidenceFollowsHowTheAttributionWasFound() {
		Extraction extraction = Actors.extract("“We are closer than we were,” Trump said.",
				"“And we will get there, I think, in a few weeks.”");
		assertThat(extraction.quotes().get(0).confidence()).isGreaterThan(extraction.quotes().get(1).confidence());
		assertThat(extraction.quotes()).allSatisfy((q) -> assertThat(q.confidence()).isBetween(0.0, 1.0));
	}

	@Test
	void theDatelineIsNotTheSubjectOfTheFirstSentence() {
		assertThat(Actors.speakers(Actors.extract(
				"MOSCOW (Wire) — The Kremlin on Wednesday played down the talks, saying any summit had to be prepared “step by step” by officials.")))
			.containsExactly("Kremlin");
	}

	@Test
	void aTitleWithoutANameIsTheSubjectAPronounLaterStandsFor() {
		assertThat(Actors
			.speakers(Actors.extract("Keir Starmer met Karoline Leavitt in London.", "“We are ready,” Leavitt said.",
					"Asked about the reaction, the British prime minister shrugged. “Moscow gets no veto,” he said.")))
			.containsExactly("karoline-leavitt", "keir-starmer");
	}

	@Test
	void aRetiredGeneralIsNamedNotAClauseOpener() {
		assertThat(Actors.speakers(Actors.extract("“We are closer,” Witkoff said.",
				"Retired Lt. Gen. Keith Kellogg was in Kyiv on Sunday. “Nobody here intends to surrender,” he said.")))
			.containsExactly("steve-witkoff", "Keith Kellogg");
	}

	@Test
	void aTitleInAnAppositionAfterTheNameIsLearntWithIt() {
		assertThat(Actors.speakers(Actors.extract("“We are closer,” Witkoff said.",
				"Retired Lt. Gen. Keith Kellogg, the president's envoy for Ukraine, was in Kyiv on Sunday.",
				"In a post on X, the envoy said he had met “a people that will not surrender.”")))
			.containsExactly("steve-witkoff", "Keith Kellogg");
	}

	@Test
	void aParagraphEndingInAColonIntroducesTheQuoteOpeningTheNext() {
		assertThat(Actors.speakers(Actors.extract("“We are ready,” Zelenskyy said.",
				"Putin spoke to reporters in Moscow. He said:", "“Kyiv is not ready. We are.”")))
			.containsExactly("volodymyr-zelenskyy", "vladimir-putin");
	}

	@Test
	void aRetortIsAnAttribution() {
		assertThat(Actors.speakers(Actors.extract("“We are not in a hurry,” retorted Peskov, the Kremlin spokesman.")))
			.containsExactly("Peskov");
	}

}
