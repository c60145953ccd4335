package org.parley.ingest.extraction;

import java.util.List;

/**
 * One paragraph as the rules read it: its tokens, sentences and the known actors named in
 * it, indexed by token.
 */
final class ParagraphText {

	final String body;

	final Paragraph paragraph;

	final List<Token> tokens;

	final List<int[]> sentences;

	final List<Mention> mentions;

	private final Mention[] startingAt;

	private final Mention[] endingAt;

	private final Mention[] covering;

	private final int[] sentenceOfToken;

	ParagraphText(String body, Paragraph paragraph, List<Token> tokens, List<Mention> mentions) {
		this.body = body;
		this.paragraph = paragraph;
		this.tokens = tokens;
		this.sentences = Sentences.split(tokens, body);
		this.mentions = mentions;
		this.startingAt = new Mention[tokens.size() + 1];
		this.endingAt = new Mention[tokens.size() + 1];
		this.covering = new Mention[tokens.size() + 1];
		this.sentenceOfToken = new int[tokens.size()];
		for (int s = 0; s < this.sentences.size(); s++) {
			for (int i = this.sentences.get(s)[0]; i < this.sentences.get(s)[1]; i++) {
				this.sentenceOfToken[i] = s;
			}
		}
		for (Mention mention : mentions) {
			this.startingAt[mention.from()] = mention;
			this.endingAt[mention.to()] = mention;
			for (int i = mention.from(); i < mention.to(); i++) {
				this.covering[i] = mention;
			}
		}
	}

	Token token(int i) {
		return this.tokens.get(i);
	}

	int size() {
		return this.tokens.size();
	}

	/** The mention starting at token i, or null. */
	Mention startingAt(int i) {
		return this.startingAt[i];
	}

	/** The mention whose last token is just before token i, or null. */
	Mention endingAt(int i) {
		return this.endingAt[i];
	}

	Mention covering(int i) {
		return this.covering[i];
	}

	/** The body's text of tokens {@code [from, to)}. */
	String text(int from, int to) {
		return this.body.substring(token(from).start(), token(to - 1).end());
	}

	int sentenceOf(int token) {
		return this.sentenceOfToken[token];
	}

}
