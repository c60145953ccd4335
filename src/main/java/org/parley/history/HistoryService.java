package org.parley.history;

import java.util.List;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.criteria.AuditCriterion;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit history Hibernate Envers keeps for every audited entity. Callers map
 * each historical state to their own response record inside the same transaction.
 */
@Service
@Transactional(readOnly = true, propagation = Propagation.MANDATORY)
public class HistoryService {

	private final EntityManager entityManager;

	HistoryService(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * Revisions of the records of a type whose {@code property} equals {@code value},
	 * oldest first.
	 */
	public <T, S> List<HistoryEntry<S>> byProperty(Class<T> type, String property, Object value,
			Function<T, S> mapper) {
		return revisions(type, AuditEntity.property(property).eq(value), mapper);
	}

	/** Revisions of the record of a type with this id, oldest first. */
	public <T, S> List<HistoryEntry<S>> byId(Class<T> type, Object id, Function<T, S> mapper) {
		return revisions(type, AuditEntity.id().eq(id), mapper);
	}

	/** The state of the most recent deletion of a matching record, if there was one. */
	public <T> java.util.Optional<T> lastDeleted(Class<T> type, String property, Object value) {
		List<?> rows = AuditReaderFactory.get(this.entityManager)
			.createQuery()
			.forRevisionsOfEntity(type, true, true)
			.add(AuditEntity.property(property).eq(value))
			.add(AuditEntity.revisionType().eq(RevisionType.DEL))
			.addOrder(AuditEntity.revisionNumber().desc())
			.setMaxResults(1)
			.getResultList();
		return rows.stream().findFirst().map(type::cast);
	}

	@SuppressWarnings("unchecked")
	private <T, S> List<HistoryEntry<S>> revisions(Class<T> type, AuditCriterion criterion, Function<T, S> mapper) {
		List<Object[]> rows = AuditReaderFactory.get(this.entityManager)
			.createQuery()
			.forRevisionsOfEntity(type, false, true)
			.add(criterion)
			.addOrder(AuditEntity.revisionNumber().asc())
			.getResultList();
		return rows.stream().map((row) -> {
			Revision revision = (Revision) row[1];
			return new HistoryEntry<>(revision.getId(), revision.getCreatedAt(), revision.getApiKeyId(),
					change((RevisionType) row[2]), mapper.apply((T) row[0]));
		}).toList();
	}

	private static HistoryEntry.Change change(RevisionType type) {
		return switch (type) {
			case ADD -> HistoryEntry.Change.CREATED;
			case MOD -> HistoryEntry.Change.UPDATED;
			case DEL -> HistoryEntry.Change.DELETED;
		};
	}

}
