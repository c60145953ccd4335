package org.parley.issue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

import org.parley.common.ResourceNotFound;

import org.springframework.data.domain.Sort;
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

	/** Every issue with the words that suggest it: its name, then its terms. */
	public Map<String, List<String>> vocabulary() {
		Map<String, List<String>> vocabulary = new LinkedHashMap<>();
		for (Issue issue : this.issues.findAll(Sort.by("code"))) {
			List<String> words = new ArrayList<>();
			words.add(issue.getName());
			words.addAll(issue.getTerms());
			vocabulary.put(issue.getCode(), words);
		}
		return vocabulary;
	}

	/** The issues with these codes (those that exist). */
	public List<Issue> findAll(Collection<String> codes) {
		return codes.isEmpty() ? List.of() : this.issues.findByCodeIn(codes);
	}

}
