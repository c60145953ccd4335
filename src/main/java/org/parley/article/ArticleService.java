package org.parley.article;

import java.util.Map;

import org.parley.common.Paging;
import org.parley.common.ResourceNotFound;
import org.parley.statement.StatementService;

import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads articles. */
@Service
@Transactional(readOnly = true)
public class ArticleService {

	static final Map<String, String> SORTABLE = Map.of("slug", "slug", "title", "title", "publishedOn", "publishedOn",
			"sourceFile", "sourceFile");

	private final ArticleRepository articles;

	private final StatementService statements;

	ArticleService(ArticleRepository articles, StatementService statements) {
		this.articles = articles;
		this.statements = statements;
	}

	public PagedModel<ArticleSummary> list(Paging paging) {
		return new PagedModel<>(
				this.articles.findSummaries(paging.toPageable(SORTABLE, Sort.by("sourceFile", "slug"), "id")));
	}

	public ArticleDetail get(String slug) {
		Article a = this.articles.findBySlug(slug).orElseThrow(() -> ResourceNotFound.of("article", slug));
		return new ArticleDetail(a.getSlug(), a.getTitle(), a.getOutlet(), a.getUrl(), a.getPublishedOn(),
				a.getLanguage(), a.getSourceFile(), a.getSha256(), a.getNotes(), a.getBody(),
				this.statements.inArticle(a.getId()));
	}

}
