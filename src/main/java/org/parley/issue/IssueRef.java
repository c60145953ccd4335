package org.parley.issue;

/** How other resources name an issue. */
public record IssueRef(String code, String name) {

	public static IssueRef of(Issue issue) {
		return new IssueRef(issue.getCode(), issue.getName());
	}

}
