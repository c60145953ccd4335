package org.parley.position;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;
import org.parley.article.Article;
import org.parley.statement.Statement;

/** One piece of evidence for a position: a statement or a whole article. */
@Entity
@Audited
public class PositionEvidence {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "position_id")
	private Position position;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "statement_id")
	private Statement statement;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "article_id")
	private Article article;

	protected PositionEvidence() {
	}

	PositionEvidence(Position position, Statement statement) {
		this.position = position;
		this.statement = statement;
	}

	PositionEvidence(Position position, Article article) {
		this.position = position;
		this.article = article;
	}

	public Long getId() {
		return this.id;
	}

	public Position getPosition() {
		return this.position;
	}

	public Statement getStatement() {
		return this.statement;
	}

	public Article getArticle() {
		return this.article;
	}

}
