package org.parley.support;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements the application prepares (Hibernate statistics, switched on
 * by {@link ApiTest}). Tests run one request at a time, so the difference is that
 * request's.
 */
@Component
public class SqlStatements {

	private final Statistics statistics;

	public SqlStatements(EntityManagerFactory entityManagerFactory) {
		this.statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
	}

	/** Runs the action and returns how many statements it prepared. */
	public long countDuring(Runnable action) {
		this.statistics.clear();
		action.run();
		return this.statistics.getPrepareStatementCount();
	}

}
