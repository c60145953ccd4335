package org.parley.ingest.extraction;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every language-specific word the extractor's rules use, in one place: another language
 * is another instance of this record (and, where its grammar differs, other rules). Words
 * are lower case unless noted.
 *
 * @param speechVerbs verbs that attribute words to a speaker, every form ("said", "told",
 * "adding")
 * @param finiteSpeechVerbs the forms that can precede their subject ("said Trump")
 * @param skippedBeforeVerb adverbs and auxiliaries between a subject and its verb ("had
 * told", "later said")
 * @param clauseBoundaries words that end a subject phrase when read backwards ("while EU
 * Commission President Ursula von der Leyen noted")
 * @param stopAfterVerb words that end a subject phrase read forwards ("said Trump in a
 * statement")
 * @param determiners articles dropped from speaker phrases
 * @param personPronouns singular pronouns and their gender (true: feminine)
 * @param groupPronouns pronouns for a group speaker
 * @param nonPersonPronouns pronouns for a state or organisation speaker
 * @param groupNouns plural heads of a collective speaker ("officials", "leaders")
 * @param titleWords words of a person's title ("spokesman", "president", "chief")
 * @param organisationWords words that make an unknown name an organisation ("Kremlin",
 * "Ministry"), with their case
 * @param demonyms adjective to the state's name ("Ukrainian" to "Ukraine"), with case
 * @param scareMarkers words right before a quote that make it a name or label, not speech
 * ("so-called", "dubbed")
 * @param elisions words whose leading apostrophe is not a quotation mark ("n", "em",
 * "til")
 * @param abbreviations abbreviations whose full stop does not end a sentence, with case
 * @param nameParticles lower-case words inside names ("von", "der")
 * @param feminineGivenNames given names that make "she" obvious, with case
 * @param feminineTitles titles that make "she" obvious ("spokeswoman", "Mrs.")
 * @param months month names and abbreviations to month numbers
 * @param weekdays weekday names to ISO day numbers (Monday is 1)
 * @param furniture whole paragraphs that are page furniture, lower case, no trailing
 * colon
 * @param accordingTo the two words of "according to"
 * @param teaserPrefixes how teaser, related-link and banner lines begin ("read more")
 * @param clauseOpeners words that open a clause before a sentence's subject ("Asked
 * whether ..., Zelenskyy paused"; "In Moscow, ...")
 * @param genericTitleWords title words that fit any title ("the French leader")
 * @param titleSynonyms phrases of a title and what they mean ("head of state" is
 * "president")
 * @param capitals capital cities standing for their state ("New Delhi"), with case
 * @param parentheticals adverbs set off by commas between a subject and its verb ("Costa,
 * meanwhile, said")
 */
record WordLists(Set<String> speechVerbs, Set<String> finiteSpeechVerbs, Set<String> skippedBeforeVerb,
		Set<String> clauseBoundaries, Set<String> stopAfterVerb, Set<String> determiners,
		Map<String, Boolean> personPronouns, Set<String> groupPronouns, Set<String> nonPersonPronouns,
		Set<String> groupNouns, Set<String> titleWords, Set<String> organisationWords, Map<String, String> demonyms,
		Set<String> scareMarkers, Set<String> elisions, Set<String> abbreviations, Set<String> nameParticles,
		Set<String> feminineGivenNames, Set<String> feminineTitles, Map<String, Integer> months,
		Map<String, Integer> weekdays, Set<String> furniture, String[] accordingTo, List<String> teaserPrefixes,
		Set<String> clauseOpeners, Set<String> genericTitleWords, Map<String, String> titleSynonyms,
		Map<String, String> capitals, Set<String> parentheticals, Set<String> nationalInstitutions, Grammar grammar) {

	/**
	 * Single words and endings the rules test.
	 *
	 * @param participle the ending of a verb form that takes no subject of its own
	 * ("adding")
	 * @param past the ending of a past participle opening a clause ("Asked whether ...")
	 * @param adverb the ending of adverbs between subject and verb ("repeatedly")
	 * @param relativePronouns pronouns opening a relative clause after a name
	 * @param definiteArticle the article that makes a single capitalised word an
	 * institution ("the Kremlin")
	 * @param placePreposition the word between a person and their place ("Shaheen of New
	 * Hampshire")
	 * @param dateIntroducer the preposition before a date ("on Monday")
	 * @param speaksFor what speaks for the person whose it is ("Zelenskyy’s office")
	 * @param documents what speaks for whoever issued it ("a Kremlin readout")
	 */
	record Grammar(String participle, String past, String adverb, Set<String> relativePronouns, String definiteArticle,
			String placePreposition, String dateIntroducer, Set<String> speaksFor, Set<String> documents) {

	}

	static WordLists english() {
		return new WordLists(forms(FINITE_AND_ING), finite(FINITE_AND_ING),
				set("also", "later", "then", "again", "had", "has", "have", "was", "were", "is", "would", "will",
						"reportedly", "previously", "once", "just", "finally", "initially", "further", "separately",
						"did", "does", "earlier", "too", "still", "recently", "publicly", "repeatedly", "has", "had",
						"not", "never", "already", "subsequently", "however", "herself", "himself", "themselves"),
				set("and", "but", "while", "with", "as", "that", "which", "who", "whom", "whose", "when", "where",
						"after", "before", "because", "although", "though", "if", "since", "so", "than", "whereas",
						"whether", "meanwhile", "instead", "where", "what", "how", "why", "or", "nor", "yet", "until",
						"unless", "once", "then", "also"),
				set("in", "on", "at", "to", "during", "after", "before", "from", "with", "while", "as", "who", "which",
						"that", "adding", "and", "when", "late", "earlier", "this", "last", "via", "through", "told",
						"in", "of"),
				set("the", "a", "an", "this", "that", "these", "those"),
				Map.of("he", false, "she", true, "him", false, "her", true), set("they", "we"), set("it"),
				set("officials", "leaders", "allies", "diplomats", "authorities", "sources", "lawmakers", "negotiators",
						"analysts", "experts", "participants", "ministers", "representatives", "members", "delegates",
						"spokesmen", "governments", "partners", "envoys", "aides", "officers", "commanders",
						"observers", "advisers", "advisors", "signatories", "delegations", "parties", "sides"),
				set("president", "minister", "chancellor", "spokesman", "spokeswoman", "spokesperson", "secretary",
						"envoy", "aide", "adviser", "advisor", "ambassador", "senator", "governor", "general", "chief",
						"head", "leader", "official", "diplomat", "negotiator", "commander", "mayor", "premier", "king",
						"queen", "prince", "pm", "representative", "lawmaker", "analyst", "expert", "professor",
						"director", "chairman", "chairwoman", "chair", "deputy", "foreign", "special", "prime", "vice",
						"defence", "defense", "press", "national", "security", "state", "interior", "finance",
						"speaker", "mr.", "mrs.", "ms.", "dr.", "gen.", "sen.", "rep.", "gov.", "lt.", "col.", "maj.",
						"capt.", "adm.", "sgt.", "cmdr.", "amb.", "former", "top", "senior", "presidential", "white",
						"house", "deputy", "first", "lady", "pope", "sheikh", "emir", "sultan", "crown", "ceo",
						"correspondent", "reporter", "editor", "columnist", "colonel", "lieutenant", "admiral",
						"marshal", "commissioner", "high", "justice", "judge", "attorney", "coordinator", "counsellor",
						"counselor", "secretary-general", "assistant", "acting", "us", "u.s.", "uk", "u.k.", "eu", "un",
						"u.n.", "nato", "democratic", "republican", "democrat", "dame", "sir", "lord", "baroness",
						"prof", "prof.", "researcher", "fellow", "economist", "scientist", "historian", "european",
						"federal", "shadow", "liberal", "conservative", "labour", "green", "military", "parliamentary",
						"policy", "affairs", "human", "rights", "treasury", "host", "anchor", "moderator", "presenter",
						"interviewer", "opposition", "retired", "veteran", "founder", "president-elect", "party"),
				set("Kremlin", "Pentagon", "Ministry", "Department", "Office", "Council", "Commission", "Agency",
						"Parliament", "Government", "Committee", "Union", "Organization", "Organisation", "Alliance",
						"Party", "Bank", "Fund", "Army", "Forces", "Service", "Embassy", "Assembly", "Congress",
						"Senate", "Court", "Times", "News", "Press", "Post", "Institute", "Foundation", "Group",
						"Corporation", "Nations", "Cabinet", "Presidency", "Duma", "Rada", "Bureau", "Staff",
						"Administration", "Secretariat", "Command", "Navy", "Guard", "Reuters", "Journal", "Agency",
						"Downing", "Élysée", "Elysee", "Quai", "Kyiv", "Moscow", "Beijing", "Tehran", "Washington",
						"Hamas", "Hezbollah", "Taliban", "Palace", "Chancellery", "Ministry’s", "Coalition",
						"Federation", "Movement", "Front"),
				Map.ofEntries(Map.entry("Ukrainian", "Ukraine"), Map.entry("Russian", "Russia"),
						Map.entry("American", "United States"), Map.entry("British", "United Kingdom"),
						Map.entry("French", "France"), Map.entry("German", "Germany"), Map.entry("Italian", "Italy"),
						Map.entry("Polish", "Poland"), Map.entry("Finnish", "Finland"), Map.entry("Chinese", "China"),
						Map.entry("Japanese", "Japan"), Map.entry("Indian", "India"), Map.entry("Turkish", "Turkey"),
						Map.entry("Israeli", "Israel"), Map.entry("Palestinian", "Palestine"),
						Map.entry("Iranian", "Iran"), Map.entry("Qatari", "Qatar"), Map.entry("Saudi", "Saudi Arabia"),
						Map.entry("Egyptian", "Egypt"), Map.entry("Belarusian", "Belarus"),
						Map.entry("Hungarian", "Hungary"), Map.entry("Swiss", "Switzerland"),
						Map.entry("Spanish", "Spain"), Map.entry("Dutch", "Netherlands"),
						Map.entry("Canadian", "Canada"), Map.entry("Pakistani", "Pakistan"),
						Map.entry("Thai", "Thailand"), Map.entry("Cambodian", "Cambodia"),
						Map.entry("Malaysian", "Malaysia"), Map.entry("Rwandan", "Rwanda"),
						Map.entry("Congolese", "Democratic Republic of the Congo"), Map.entry("Armenian", "Armenia"),
						Map.entry("Azerbaijani", "Azerbaijan"), Map.entry("Georgian", "Georgia"),
						Map.entry("Estonian", "Estonia"), Map.entry("Latvian", "Latvia"),
						Map.entry("Lithuanian", "Lithuania"), Map.entry("Swedish", "Sweden"),
						Map.entry("Norwegian", "Norway"), Map.entry("Danish", "Denmark"),
						Map.entry("Emirati", "United Arab Emirates"), Map.entry("Korean", "South Korea"),
						Map.entry("Sudanese", "Sudan"), Map.entry("Syrian", "Syria"), Map.entry("Lebanese", "Lebanon")),
				set("so-called", "dubbed", "titled", "entitled", "nicknamed", "branded", "termed", "headlined",
						"called the", "known as", "the term", "the word", "the phrase", "the slogan", "a so-called",
						"self-styled", "self-proclaimed", "hashtag", "named", "labelled", "labeled", "codenamed",
						"code-named", "operation"),
				set("n", "em", "til", "tis", "twas", "cause", "bout", "round", "cept"),
				set("Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "St", "Jr", "Sr", "Prof",
						"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "No", "vs",
						"Inc", "Ltd", "Co", "Corp", "Adm", "Maj", "Capt", "Cmdr", "Rev", "Hon", "Mt", "Ft", "approx",
						"est", "Pres", "Amb"),
				set("von", "der", "de", "van", "bin", "al", "da", "di", "le", "la", "del", "ibn", "el", "du", "dos",
						"das", "ter", "den", "zu"),
				set("Karoline", "Ursula", "Giorgia", "Kaja", "Annalena", "Maria", "Marie", "Yulia", "Olena", "Kamala",
						"Hillary", "Nancy", "Angela", "Theresa", "Liz", "Kristi", "Tulsi", "Elise", "Nikki",
						"Condoleezza", "Madeleine", "Ivanka", "Melania", "Svitlana", "Iryna", "Julia", "Anna", "Elena",
						"Olga", "Olha", "Hélène", "Jana", "Marta", "Halyna", "Natalia", "Tatiana", "Mette", "Sanna",
						"Jacinda", "Sarah", "Emily", "Susan", "Linda", "Samantha", "Christine", "Roberta", "Nicola",
						"Rachel", "Yvette", "Priti", "Suella", "Kemi", "Penny", "Ruth", "Marine", "Roberta",
						"Kristalina", "Mary", "Catherine", "Victoria", "Tammy", "Pam", "Kristina", "Ingrida", "Ylva",
						"Magdalena", "Petra", "Lisa", "Claudia", "Sheinbaum", "Oksana", "Yuliia", "Tetiana",
						"Valentina", "Veronika", "Nataliya", "Daria", "Margarita", "Alina", "Irina", "Ekaterina",
						"Yekaterina", "Maia", "Salome", "Zuzana", "Dana", "Kristen", "Jennifer", "Elizabeth",
						"Michelle", "Laura", "Helen", "Hanna", "Hannah", "Sophie", "Kay", "Tulip", "Rosa", "Lindsey",
						"Marjorie", "Amy", "Jeanne", "Dina", "Dorothy", "Barbara"),
				set("spokeswoman", "chairwoman", "mrs.", "ms.", "mrs", "ms", "queen", "princess", "congresswoman",
						"businesswoman", "first lady", "madam", "duchess", "baroness", "dame", "lady"),
				Map.ofEntries(Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2),
						Map.entry("feb", 2), Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4),
						Map.entry("apr", 4), Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6),
						Map.entry("july", 7), Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8),
						Map.entry("september", 9), Map.entry("sept", 9), Map.entry("sep", 9), Map.entry("october", 10),
						Map.entry("oct", 10), Map.entry("november", 11), Map.entry("nov", 11),
						Map.entry("december", 12), Map.entry("dec", 12)),
				Map.of("monday", 1, "tuesday", 2, "wednesday", 3, "thursday", 4, "friday", 5, "saturday", 6, "sunday",
						7),
				set("advertisement", "follow us", "share", "share this", "share this article", "email", "e-mail",
						"telegram", "phone", "print", "read more", "recent random post", "related", "related articles",
						"subscribe", "sign up", "comments", "footnotes", "facebook", "twitter", "x", "whatsapp",
						"linkedin", "reddit", "copy link", "menu", "home", "search", "log in", "login", "sign in",
						"newsletter", "skip to content", "skip to main content", "back to top", "most read", "trending",
						"watch", "listen", "advertising", "sponsored", "ad", "close", "disclaimer", "more",
						"top stories", "latest news", "you may also like", "read next", "see also", "references",
						"sources", "photo", "video", "image", "gallery", "tags", "topics"),
				new String[] { "according", "to" },
				List.of("read more", "also read", "related", "read next", "see also", "watch", "listen", "most read",
						"newsletter", "follow our", "follow us", "share on", "share this", "sign up", "subscribe",
						"recommended", "more:", "trending", "advertisement", "got a news tip", "for news tips",
						"we use cookies", "this site uses cookies", "cookie", "©", "copyright", "live:", "menu",
						"skip to", "last updated", "updated:", "published"),
				set("in", "on", "at", "after", "before", "during", "since", "from", "by", "with", "without", "under",
						"over", "among", "ahead", "amid", "despite", "following", "meanwhile", "still", "even", "yet",
						"however", "but", "and", "so", "then", "when", "while", "as", "if", "although", "though",
						"because", "once", "for", "according", "asked", "speaking", "pressed", "appearing",
						"interviewed", "overnight", "later", "earlier", "back", "instead", "unlike", "like", "until",
						"within", "throughout", "across", "beyond", "inside", "outside", "near", "to", "of", "about",
						"also", "now", "today", "yesterday", "significantly", "recently", "ultimately", "there",
						"here"),
				set("leader", "official", "chief", "head", "top", "senior", "the", "country’s", "country's", "its",
						"his", "her"),
				Map.of("head of state", "president", "head of government", "prime minister", "pm", "prime minister",
						"foreign secretary", "foreign secretary", "premier", "prime minister"),
				Map.ofEntries(Map.entry("New Delhi", "India"), Map.entry("Moscow", "Russia"),
						Map.entry("Kyiv", "Ukraine"), Map.entry("Kiev", "Ukraine"),
						Map.entry("Washington", "United States"), Map.entry("Beijing", "China"),
						Map.entry("Paris", "France"), Map.entry("Berlin", "Germany"),
						Map.entry("London", "United Kingdom"), Map.entry("Rome", "Italy"),
						Map.entry("Warsaw", "Poland"), Map.entry("Helsinki", "Finland"), Map.entry("Tokyo", "Japan"),
						Map.entry("Ankara", "Turkey"), Map.entry("Tehran", "Iran"), Map.entry("Minsk", "Belarus"),
						Map.entry("Budapest", "Hungary"), Map.entry("Bern", "Switzerland"),
						Map.entry("Islamabad", "Pakistan"), Map.entry("Bangkok", "Thailand"),
						Map.entry("Phnom Penh", "Cambodia"), Map.entry("Kigali", "Rwanda"),
						Map.entry("Kinshasa", "Democratic Republic of the Congo"),
						Map.entry("Brussels", "European Union")),
				set("meanwhile", "however", "though", "too", "also", "instead", "nevertheless", "moreover", "again",
						"separately", "for his part", "for her part", "in turn", "in response", "then", "later",
						"earlier"),
				set("chancellery", "foreign ministry", "defence ministry", "defense ministry", "presidential palace",
						"presidential office", "presidency", "government", "cabinet", "interior ministry",
						"finance ministry", "ministry of foreign affairs", "ministry of defence", "ministry of defense",
						"prime minister's office", "prime minister’s office", "presidential administration",
						"general staff", "foreign office", "justice ministry", "economy ministry"),
				new Grammar("ing", "ed", "ly", set("who", "which", "whose"), "the", "of", "on",
						set("office", "team", "campaign"), set("readout", "statement", "communique", "communiqué",
								"release", "note", "letter", "transcript", "summary")));
	}

	/**
	 * The English speech verbs: each entry lists the forms that can precede their subject
	 * (finite) then, after a bar, the others.
	 */
	private static final String[] FINITE_AND_ING = { "said says|say saying", "told tells|tell telling",
			"stated states|stating", "added adds|add adding", "wrote writes|write writing", "posted posts|posting",
			"tweeted tweets|tweeting", "declared declares|declare declaring", "announced announces|announce announcing",
			"asserted asserts|assert asserting", "insisted insists|insist insisting", "warned warns|warn warning",
			"stressed stresses|stressing",
			"emphasized emphasizes emphasised emphasises|emphasize emphasise emphasizing emphasising",
			"noted notes|noting", "highlighted highlights|highlighting",
			"acknowledged acknowledges|acknowledge acknowledging", "explained explains|explain explaining",
			"argued argues|argue arguing", "claimed claims|claiming", "described describes|describe describing",
			"called calls|calling", "praised praises|praising", "urged urges|urge urging", "vowed vows|vow vowing",
			"pledged pledges|pledge pledging", "promised promises|promising", "remarked remarks|remarking",
			"commented comments|commenting", "replied replies|replying", "responded responds|respond responding",
			"answered answers|answering", "suggested suggests|suggest suggesting", "asked asks|ask asking",
			"conceded concedes|concede conceding", "admitted admits|admit admitting",
			"confirmed confirms|confirm confirming", "denied denies|deny denying",
			"expressed expresses|express expressing", "reiterated reiterates|reiterate reiterating",
			"recalled recalls|recall recalling", "observed observes|observe observing", "cautioned cautions|cautioning",
			"predicted predicts|predict predicting", "demanded demands|demanding",
			"proclaimed proclaims|proclaim proclaiming", "quipped quips|quip quipping", "joked jokes|joking",
			"boasted boasts|boast boasting", "complained complains|complain complaining",
			"accused accuses|accuse accusing", "threatened threatens|threatening", "hailed hails|hail hailing",
			"characterized characterised characterizes characterises|characterize characterise characterizing characterising",
			"repeated repeats|repeating", "testified testifies|testify testifying", "mentioned mentions|mentioning",
			"touted touts|tout touting", "concluded concludes|conclude concluding", "continued continues|continue",
			"wondered wonders|wonder wondering", "recounted recounts|recount recounting",
			"lamented laments|lament lamenting", "countered counters|countering",
			"underlined underlines|underline underlining", "underscored underscores|underscore underscoring",
			"maintained maintains|maintain maintaining", "affirmed affirms|affirm affirming",
			"reaffirmed reaffirms|reaffirm reaffirming", "assured assures|assure assuring", "announced|",
			"shouted shouts|shout shouting", "messaged|", "texted|", "posted|", "responded|", "opined opines|opine",
			"contended contends|contend contending", "alleged alleges|allege alleging", "thanked thanks|thanking",
			"told|", "retorted retorts|retort retorting", "echoed echoes|echoing",
			"interjected interjects|interject interjecting", "specified specifies|specify specifying",
			"clarified clarifies|clarify clarifying" };

	private static Set<String> set(String... words) {
		return Set.copyOf(java.util.Arrays.asList(words));
	}

	private static Set<String> forms(String[] entries) {
		java.util.Set<String> all = new java.util.HashSet<>();
		for (String entry : entries) {
			for (String form : entry.replace('|', ' ').trim().split(" +")) {
				if (!form.isEmpty()) {
					all.add(form);
				}
			}
		}
		return Set.copyOf(all);
	}

	private static Set<String> finite(String[] entries) {
		java.util.Set<String> all = new java.util.HashSet<>();
		for (String entry : entries) {
			String finitePart = entry.substring(0, entry.indexOf('|'));
			for (String form : finitePart.trim().split(" +")) {
				if (!form.isEmpty()) {
					all.add(form);
				}
			}
		}
		return Set.copyOf(all);
	}

}
