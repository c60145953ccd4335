package org.parley.article;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * An article as a list row names it, its slug and title, read from the article table
 * without its body: statements and evidence refer to their article through it, so that a
 * page of statements does not load the bodies of the articles they come from.
 */
@Entity
@Immutable
@Table(name = "article")
public class ArticleHeading {

	@Id
	private Long id;

	private String slug;

	private String title;

	protected ArticleHeading() {
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getTitle() {
		return this.title;
	}

	public ArticleRef ref() {
		return new ArticleRef(this.slug, this.title);
	}

}
