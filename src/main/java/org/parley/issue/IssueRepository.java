package org.parley.issue;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IssueRepository extends JpaRepository<Issue, Long> {

	Optional<Issue> findByCode(String code);

	boolean existsByCode(String code);

	@Query(value = """
			select (select count(*) from statement_issue si where si.issue_id = :id)
			     + (select count(*) from position p where p.issue_id = :id)""", nativeQuery = true)
	long countUses(Long id);

}
