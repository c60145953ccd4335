package org.parley.ingest;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface CandidateRepository extends JpaRepository<Candidate, Long> {

	List<Candidate> findByArticleIdOrderByStartOffset(Long articleId);

	List<Candidate> findByArticleIdAndStatus(Long articleId, CandidateStatus status);

	List<Candidate> findBySpeakerIdAndStatus(Long speakerId, CandidateStatus status);

	List<Candidate> findByStatementIdIn(Collection<Long> statementIds);

}
