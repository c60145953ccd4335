package org.parley.statement;

import java.net.URI;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.parley.common.Locations;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What other features may ask of the statements: look them up to cite them. */
@Component
@Transactional(readOnly = true)
public class Statements {

	private final StatementRepository statements;

	private final StatementService service;

	Statements(StatementRepository statements, StatementService service) {
		this.statements = statements;
		this.service = service;
	}

	/**
	 * Records a statement through the same rules as {@code POST /api/v1/statements}
	 * (speaker, summit, article and issues by slug or code; the span located or checked);
	 * the same problems if it breaks one.
	 * @return the new statement's id
	 */
	@Transactional
	public long record(String speaker, String text, StatementKind kind, LocalDate statedOn, String summit,
			String howSaid, String article, Integer start, Integer end, List<String> issues) {
		return this.service
			.create(new StatementRequest(speaker, text, kind, statedOn, summit, howSaid, article, start, end, issues))
			.body()
			.id();
	}

	/**
	 * Statements of these speakers with any of these words, in any article, in one query:
	 * the caller pairs speaker and words.
	 */
	public List<Statement> sameWords(Collection<Long> speakerIds, Collection<String> texts) {
		return (speakerIds.isEmpty() || texts.isEmpty()) ? List.of()
				: this.statements.findBySpeakerIdInAndTextIn(speakerIds, texts);
	}

	/** Where the statement with this id is served. */
	public URI location(long id) {
		return Locations.of(StatementController.class, "get", id);
	}

	/** Whether a statement of the article stands at exactly this span. */
	public boolean existsAt(Long articleId, int start, int end) {
		return this.statements.existsByArticleIdAndStartOffsetAndEndOffset(articleId, start, end);
	}

	/** The statements with these ids (those that exist). */
	public List<Statement> findAllById(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : this.statements.findAllById(ids);
	}

}
