package org.parley.issue;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface IssueRepository extends JpaRepository<Issue, Long> {

	Optional<Issue> findByCode(String code);

	boolean existsByCode(String code);

	List<Issue> findByCodeIn(Collection<String> codes);

}
