package org.parley.issue;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.parley.common.ResourceNotFound;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What other features may ask of the issues: look them up to refer to them. */
@Component
@Transactional(readOnly = true)
public class Issues {

	private final IssueRepository issues;

	Issues(IssueRepository issues) {
		this.issues = issues;
	}

	/** The issue with this code; a 404 problem if there is none. */
	public Issue require(String code) {
		return find(code).orElseThrow(() -> ResourceNotFound.of("issue", code));
	}

	public Optional<Issue> find(String code) {
		return this.issues.findByCode(code);
	}

	/** The issues with these codes (those that exist). */
	public List<Issue> findAll(Collection<String> codes) {
		return codes.isEmpty() ? List.of() : this.issues.findByCodeIn(codes);
	}

}
