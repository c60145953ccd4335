package org.parley.discrepancy;

import java.io.Serializable;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.parley.article.Article;

/**
 * An article that gives a reading, with the words it prints (checked against its body).
 */
@Entity
@IdClass(DiscrepancySource.Key.class)
class DiscrepancySource {

	@Id
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "reading_id")
	private DiscrepancyReading reading;

	@Id
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "article_id")
	private Article article;

	private String excerpt;

	protected DiscrepancySource() {
	}

	Article getArticle() {
		return this.article;
	}

	String getExcerpt() {
		return this.excerpt;
	}

	record Key(Long reading, Long article) implements Serializable {
	}

}
