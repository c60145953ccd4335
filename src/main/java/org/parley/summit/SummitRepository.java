package org.parley.summit;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.parley.actor.Actor;
import org.parley.article.Article;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SummitRepository extends JpaRepository<Summit, Long>, JpaSpecificationExecutor<Summit> {

	Optional<Summit> findBySlug(String slug);

	boolean existsBySlug(String slug);

	/** The actors a write names, to check them and link them. */
	@Query("select a from Actor a where a.slug in :slugs")
	List<Actor> findActors(Collection<String> slugs);

	/** The articles a write names as sources. */
	@Query("select a from Article a where a.slug in :slugs")
	List<Article> findArticles(Collection<String> slugs);

	@Query("select count(s) from Statement s where s.summit = :summit")
	long countStatements(Summit summit);

	/**
	 * Unlinks the statements made at an event, keeping the statements. A bulk update: the
	 * statements' versions move, but their history does not record the change (the
	 * statement feature has no method to unlink one yet).
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = false)
	@Query("update versioned Statement s set s.summit = null where s.summit = :summit")
	int unlinkStatements(Summit summit);

	/**
	 * Every revision of the events with this slug, oldest first, as (summit id, revision
	 * number, revision type): those of the event's row, and those that changed only its
	 * participants (rows of their own, audited apart; type 1, changed).
	 */
	@Query(value = """
			select s.id, s.rev, s.revtype from summit_aud s where s.slug = :slug
			union
			select p.summit_id, p.rev, 1 from summit_participant_aud p
			where p.summit_id in (select s.id from summit_aud s where s.slug = :slug)
			  and not exists (select 1 from summit_aud a where a.id = p.summit_id and a.rev = p.rev)
			order by 2""", nativeQuery = true)
	List<Object[]> findRevisions(String slug);

	/**
	 * The participants (actor id, role) of an event as they were at a revision. Read from
	 * the audit table directly: Envers finds none once the event is deleted.
	 */
	@Query(value = """
			select p.actor_id, p.role from summit_participant_aud p
			where p.summit_id = :summitId and p.revtype <> 2
			  and p.rev = (select max(q.rev) from summit_participant_aud q
			               where q.summit_id = p.summit_id and q.actor_id = p.actor_id and q.rev <= :revision)""",
			nativeQuery = true)
	List<Object[]> findParticipantsAt(long summitId, long revision);

	@Query("select a from Actor a where a.id in :ids")
	List<Actor> findActorsById(Collection<Long> ids);

}
