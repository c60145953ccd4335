package org.parley.ingest.extraction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a speaker named in any way becomes a known actor or a proposed one. */
class SpeakerResolverTests {

	@Test
	void aSurnameGetsTheFullNameTheArticlePrintsAnywhere() {
		Extraction extraction = Actors.extract("U.S. President Donald Trump met Putin.",
				"“We are closer,” Trump said.");
		assertThat(extraction.quotes().get(0).speakerSlug()).isEqualTo("donald-trump");
		assertThat(extraction.quotes().get(0).speakerName()).isEqualTo("Donald Trump");
		assertThat(Actors.extract("“We are closer,” Trump said.").quotes().get(0).speakerName()).isEqualTo("Trump");
	}

	@Test
	void aSurnameAloneMatchesAKnownActorWhenUnambiguous() {
		assertThat(Actors.speakers(Actors.extract("“We are ready to lead,” Starmer said.")))
			.containsExactly("keir-starmer");
	}

	@Test
	void aTitleMatchesAKnownActorsTitle() {
		assertThat(Actors.speakers(Actors.extract("“We are closer,” the U.S. president said.",
				"“We spoke about everything,” the Ukrainian president said.")))
			.containsExactly("donald-trump", "volodymyr-zelenskyy");
	}

	@Test
	void aTitleWithoutANameIsTheLatestPersonHoldingIt() {
		assertThat(Actors.speakers(Actors.extract("Starmer visited a factory in the West Midlands.",
				"“We have the plans,” the British prime minister said.")))
			.containsExactly("keir-starmer");
	}

	@Test
	void aPronounIsTheLatestPersonOfItsGender() {
		assertThat(Actors.speakers(Actors.extract("Karoline Leavitt spoke after Trump called Putin.",
				"“There is light at the end of the tunnel,” she said.", "Putin left the room.",
				"“We will see,” he added.")))
			.containsExactly("karoline-leavitt", "vladimir-putin");
	}

	@Test
	void aParagraphThatIsOnlyAQuoteContinuesThePreviousSpeaker() {
		assertThat(Actors.speakers(Actors.extract("“I felt angry, and then I went back to work,” Zelenskyy said.",
				"“Work is the only answer I have to that feeling.”")))
			.containsExactly("volodymyr-zelenskyy", "volodymyr-zelenskyy");
	}

	@Test
	void statesAndOrganisationsSpeakToo() {
		Extraction extraction = Actors.extract("Russia said the measures were “economic blackmail against us.”",
				"“The guarantees are not a dessert,” the Kremlin said in a statement.",
				"Ukraine's foreign ministry said agreements were “concrete and verifiable.”",
				"The ministry said talks should start “from the current line.”");
		assertThat(Actors.speakers(extraction)).containsExactly("russia", "Kremlin", "Ukrainian Foreign Ministry",
				"Ukrainian Foreign Ministry");
		assertThat(extraction.actors()).contains(new ProposedActor("Kremlin", "ORGANIZATION", null));
	}

	@Test
	void officialsOfAStateAreThatState() {
		assertThat(Actors
			.speakers(Actors.extract("U.S. officials later said Putin agreed to “Article-5 like” guarantees.")))
			.containsExactly("united-states");
	}

	@Test
	void anUnknownSpeakerIsProposedWithTheTitleAsPrinted() {
		Extraction extraction = Actors.extract(
				"Kremlin aide Yuri Ushakov told state television the talks were held in a “very positive” atmosphere.",
				"“The question was not raised today,” Ushakov said.",
				"“It is too early,” said Dmitry Peskov, the Kremlin spokesman.");
		assertThat(Actors.speakers(extraction)).containsExactly("Yuri Ushakov", "Yuri Ushakov", "Dmitry Peskov");
		assertThat(extraction.actors()).containsExactly(new ProposedActor("Yuri Ushakov", "PERSON", "Kremlin aide"),
				new ProposedActor("Dmitry Peskov", "PERSON", "Kremlin spokesman"));
		assertThat(extraction.quotes()).allSatisfy((q) -> assertThat(q.speakerSlug()).isNull());
	}

	@Test
	void anOfficeOrADocumentSpeaksForWhoeverItBelongsTo() {
		assertThat(Actors.speakers(Actors.extract("Zelenskyy’s office said in a statement that it was “constructive.”",
				"A Kremlin readout said the leaders discussed “a range of issues.”")))
			.containsExactly("volodymyr-zelenskyy", "Kremlin");
	}

	@Test
	void anInstitutionEveryStateHasTakesTheStateOfTheDateline() {
		Extraction extraction = Actors.extractOn(null, "BERLIN – The talks went on.",
				"The Chancellery said in a statement that the date was „not yet final“.");
		assertThat(Actors.speakers(extraction)).containsExactly("German Chancellery");
	}

	@Test
	void aCapitalSpeaksForItsState() {
		assertThat(Actors.speakers(Actors.extract("Moscow called the plan “a road to nowhere.”")))
			.containsExactly("russia");
	}

	@Test
	void heAfterAWomansWordsIsTheLatestPersonNotKnownToBeAWoman() {
		assertThat(Actors.speakers(Actors.extract("“We are closer,” Trump said.",
				"Karoline Leavitt wanted a date. “Is there one?” she asked.", "“Not yet,” he replied.")))
			.containsExactly("donald-trump", "karoline-leavitt", "donald-trump");
	}

	@Test
	void aTitleEndingInAPlaceIsNotTheNameInAnApposition() {
		assertThat(Actors.speakers(Actors.extract(
				"Ukraine's ambassador to Washington, Olha Stefanishyna, told CNN that Kyiv needed “details, not declarations.”")))
			.containsExactly("Olha Stefanishyna");
	}

	@Test
	void anAdverbBeforeAPronounSubjectIsNotPartOfIt() {
		assertThat(Actors.speakers(Actors.extract("“The ball is on the other side,” Putin said.",
				"Later he added: “We will not accept a pause.”")))
			.containsExactly("vladimir-putin", "vladimir-putin");
	}

	@Test
	void aTitleWithoutAStateIsOfTheDatelinesState() {
		Extraction extraction = Actors.extract("KYIV – Foreign Minister Andrii Sybiha met his counterparts.",
				"“This is the pressure we asked for,” the Ukrainian foreign minister said.",
				"“We hear you,” the Russian foreign minister said.");
		assertThat(Actors.speakers(extraction)).first().isEqualTo("Andrii Sybiha");
		assertThat(Actors.speakers(extraction).get(1)).isNotEqualTo("Andrii Sybiha");
	}

	@Test
	void aModeratorIsATitleNotAName() {
		assertThat(Actors.speakers(Actors.extract("Moderator Kristen Welker asked: “Is there a date?”")))
			.containsExactly("Kristen Welker");
	}

	@Test
	void aWomanNamedAgainBySurnameIsStillAWoman() {
		assertThat(Actors.speakers(Actors.extract("“We are ready,” Putin said.",
				"Foreign ministry spokeswoman Maria Zakharova went further. “They applaud,” Zakharova said.",
				"“This is not a technicality,” he said.")))
			.containsExactly("vladimir-putin", "Maria Zakharova", "vladimir-putin");
	}

	@Test
	void sheAfterAMansWordsIsTheWomanHeAddressed() {
		assertThat(Actors.speakers(Actors
			.extract("Zelenskyy told CNN’s Dana Bash that he was “ready.” “Are you ready to meet him?” she asked.")))
			.containsExactly("volodymyr-zelenskyy", "Dana Bash");
	}

	@Test
	void sheAfterAWomansWordsStaysWithHerThoughAnotherIsNamed() {
		assertThat(Actors.speakers(Actors
			.extract("Karoline Leavitt said Trump had spoken with Giorgia Meloni. “It was a great call,” she said.")))
			.containsExactly("karoline-leavitt");
	}

	@Test
	void aTitleFitsAKnownPersonTheArticleNamedInPassing() {
		assertThat(Actors.speakers(Actors.extract(
				"“We had a very good meeting,” Trump told reporters, with Zelenskyy at his side. The Ukrainian leader nodded. “Very good,” he said.")))
			.containsExactly("donald-trump", "volodymyr-zelenskyy");
	}

	@Test
	void aBareTitleOfNeitherSexIsTheLatestPersonWhateverTheirSex() {
		assertThat(Actors.speakers(Actors.extract("“We are ready,” Putin said.",
				"Foreign ministry spokeswoman Maria Zakharova called the claims “fairy tales.” Asked about Warsaw, the diplomat said: “They invent threats.”")))
			.containsExactly("vladimir-putin", "Maria Zakharova", "Maria Zakharova");
	}

}
