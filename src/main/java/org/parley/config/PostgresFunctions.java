package org.parley.config;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

/**
 * PostgreSQL operators the queries need, as HQL/Criteria functions.
 * {@code word_similar(q, t)} renders {@code q <% t} (pg_trgm: some word of t is similar
 * to q), which the trigram GIN indexes of V1__schema.sql serve. Registered through
 * {@code META-INF/services/org.hibernate.boot.model.FunctionContributor}.
 */
public class PostgresFunctions implements FunctionContributor {

	@Override
	public void contributeFunctions(FunctionContributions contributions) {
		contributions.getFunctionRegistry()
			.registerPattern("word_similar", "(?1 <% ?2)",
					contributions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN));
	}

}
