package org.parley.summit;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface SummitRepository extends JpaRepository<Summit, Long>, JpaSpecificationExecutor<Summit> {

	Optional<Summit> findBySlug(String slug);

	boolean existsBySlug(String slug);

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

	// What refers to records of other features, for their deletions (SummitCitations).

	@Query("select s from Summit s join s.sources a where a.id = :articleId")
	List<Summit> findCitingArticle(Long articleId);

	@Query(value = "select count(*) from summit_participant p where p.actor_id = :actorId", nativeQuery = true)
	long countParticipations(Long actorId);

}
