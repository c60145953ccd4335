package org.parley.ingest.extraction;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The date a sentence fixes for its quote, or null: a date opening the sentence ("On Aug.
 * 15, ...") or right after the speech verb ("said on Monday", "told reporters on August
 * 15"). A month and day take their year from the publication date (the year before when
 * that would put them after it); a weekday is the latest such day up to the publication
 * date. Without a publication date only a full date counts. Nothing is guessed.
 */
final class DateFinder {

	private static final int AFTER_VERB = 5;

	private final WordLists words;

	DateFinder(WordLists words) {
		this.words = words;
	}

	LocalDate find(ParagraphText text, int sentenceStart, int sentenceEnd, int verb, LocalDate publishedOn) {
		int i = sentenceStart;
		if (i < sentenceEnd && text.token(i).isWord()
				&& text.token(i).lower().equals(this.words.grammar().dateIntroducer())) {
			LocalDate date = dateAt(text, i + 1, sentenceEnd, publishedOn);
			if (date != null) {
				return date;
			}
		}
		if (verb >= 0) {
			for (int k = verb + 1; k < Math.min(sentenceEnd, verb + 1 + AFTER_VERB); k++) {
				Token token = text.token(k);
				if (token.isQuote() || token.is(".") || token.is(";")) {
					break;
				}
				LocalDate date = dateAt(text, k, sentenceEnd, publishedOn);
				if (date != null) {
					boolean introduced = k == verb + 1
							|| text.token(k - 1).lower().equals(this.words.grammar().dateIntroducer());
					return introduced ? date : null;
				}
			}
		}
		return null;
	}

	/**
	 * The date starting at token i: "Aug. 15", "August 15, 2025", "15 August 2025",
	 * "Monday".
	 */
	LocalDate dateAt(ParagraphText text, int i, int end, LocalDate publishedOn) {
		if (i >= end || !text.token(i).isWord()) {
			return null;
		}
		String first = text.token(i).lower().replace(".", "");
		Integer weekday = this.words.weekdays().get(first);
		if (weekday != null) {
			if (publishedOn == null) {
				return null;
			}
			int back = (publishedOn.getDayOfWeek().getValue() - weekday + 7) % 7;
			return publishedOn.minus(back, ChronoUnit.DAYS);
		}
		Integer month = this.words.months().get(first);
		if (month != null && i + 1 < end && isDay(text.token(i + 1))) {
			int day = Integer.parseInt(text.token(i + 1).text());
			int k = i + 2;
			if (k < end && text.token(k).is(",")) {
				k++;
			}
			Integer year = (k < end && isYear(text.token(k))) ? Integer.valueOf(text.token(k).text()) : null;
			return date(year, month, day, publishedOn);
		}
		if (isDay(text.token(i)) && i + 1 < end && text.token(i + 1).isWord()) {
			Integer after = this.words.months().get(text.token(i + 1).lower().replace(".", ""));
			if (after != null) {
				Integer year = (i + 2 < end && isYear(text.token(i + 2))) ? Integer.valueOf(text.token(i + 2).text())
						: null;
				return date(year, after, Integer.parseInt(text.token(i).text()), publishedOn);
			}
		}
		return null;
	}

	private static LocalDate date(Integer year, int month, int day, LocalDate publishedOn) {
		try {
			if (year != null) {
				return LocalDate.of(year, month, day);
			}
			if (publishedOn == null) {
				return null;
			}
			LocalDate date = LocalDate.of(publishedOn.getYear(), month, day);
			return date.isAfter(publishedOn) ? date.minusYears(1) : date;
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static boolean isDay(Token token) {
		String text = token.text();
		return token.isWord() && text.length() <= 2 && text.chars().allMatch(Character::isDigit)
				&& Integer.parseInt(text) >= 1 && Integer.parseInt(text) <= 31;
	}

	private static boolean isYear(Token token) {
		String text = token.text();
		return token.isWord() && text.length() == 4 && text.chars().allMatch(Character::isDigit);
	}

}
