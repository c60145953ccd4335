package org.parley.article;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

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

	@Version
	private long version;

	protected Article() {
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
