package org.parley.statement;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What other features may ask of the statements: look them up to cite them. */
@Component
@Transactional(readOnly = true)
public class Statements {

	private final StatementRepository statements;

	Statements(StatementRepository statements) {
		this.statements = statements;
	}

	/** The statements with these ids (those that exist). */
	public List<Statement> findAllById(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : this.statements.findAllById(ids);
	}

}
