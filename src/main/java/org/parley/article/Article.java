package org.parley.article;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A source: a news article stored verbatim. */
@Entity
@Audited
public class Article {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String title;

	private String outlet;

	private String url;

	private LocalDate publishedOn;

	private String language;

	private String body;

	private String sha256;

	private String sourceFile;

	private String notes;

	/** The body's length in characters, computed by the database (a stored column). */
	@NotAudited
	@Column(insertable = false, updatable = false)
	private Integer bodyLength;

	@Version
	private long version;

	protected Article() {
	}

	/**
	 * A new source. The SHA-256 of the body is computed here, so it always matches what
	 * is stored.
	 */
	public Article(String slug, String title, String outlet, String url, LocalDate publishedOn, String language,
			String body, String notes) {
		this.slug = slug;
		this.sourceFile = null;
		update(title, outlet, url, publishedOn, language, body, notes);
	}

	/**
	 * A new record from a request; {@code sourceFile} only for a restored seed article.
	 */
	static Article from(ArticleRequest last, String sourceFile) {
		Article article = new Article(last.slug(), last.title(), last.outlet(), last.url(), last.publishedOn(),
				last.language(), last.body(), last.notes());
		article.sourceFile = sourceFile;
		return article;
	}

	/**
	 * Replaces everything but the slug, which identifies the article for good, and the
	 * seed file it came from.
	 */
	void update(String title, String outlet, String url, LocalDate publishedOn, String language, String body,
			String notes) {
		this.title = title;
		this.outlet = outlet;
		this.url = url;
		this.publishedOn = publishedOn;
		this.language = language;
		this.body = body;
		this.sha256 = sha256(body);
		this.notes = notes;
	}

	/** Hex SHA-256 of the UTF-8 bytes of a body: how duplicates are recognised. */
	static String sha256(String body) {
		return V2__Seed_articles.sha256(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
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

	public String getOutlet() {
		return this.outlet;
	}

	public String getUrl() {
		return this.url;
	}

	public LocalDate getPublishedOn() {
		return this.publishedOn;
	}

	public String getLanguage() {
		return this.language;
	}

	public String getBody() {
		return this.body;
	}

	/** The body's length in characters, kept by the database. */
	public Integer getBodyLength() {
		return this.bodyLength;
	}

	public String getSha256() {
		return this.sha256;
	}

	public String getSourceFile() {
		return this.sourceFile;
	}

	public String getNotes() {
		return this.notes;
	}

	public long getVersion() {
		return this.version;
	}

}
