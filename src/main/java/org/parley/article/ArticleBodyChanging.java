package org.parley.article;

import java.util.ArrayList;
import java.util.List;

import org.parley.common.Unprocessable;

/**
 * An article's body is about to be replaced, inside the writing transaction. Features
 * that quote articles listen and {@link #refuse} the new body if it no longer prints what
 * they quote at the place they quote it; the write is then a 422 naming {@code body} with
 * every reason.
 */
public record ArticleBodyChanging(Long articleId, String newBody, List<Unprocessable.FieldError> errors) {

	ArticleBodyChanging(Long articleId, String newBody) {
		this(articleId, newBody, new ArrayList<>());
	}

	/** Refuses the new body, saying why. */
	public void refuse(String reason) {
		this.errors.add(new Unprocessable.FieldError("body", reason));
	}

}
