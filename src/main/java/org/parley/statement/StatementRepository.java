package org.parley.statement;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface StatementRepository extends JpaRepository<Statement, Long>, JpaSpecificationExecutor<Statement> {

	@Override
	@EntityGraph(attributePaths = { "speaker", "summit" })
	Page<Statement> findAll(Specification<Statement> spec, Pageable pageable);

	@Override
	@EntityGraph(attributePaths = { "speaker", "summit", "article" })
	Optional<Statement> findById(Long id);

	@EntityGraph(attributePaths = { "speaker", "summit" })
	List<Statement> findByArticleIdOrderByStartOffset(Long articleId);

	@EntityGraph(attributePaths = { "speaker", "summit" })
	List<Statement> findBySummitIdOrderByStatedOnAscIdAsc(Long summitId);

}
