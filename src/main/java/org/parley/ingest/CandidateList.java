package org.parley.ingest;

import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.parley.common.ListPage;

/** A page of an article's candidates, with how its last extraction went. */
record CandidateList(List<CandidateResponse> content, ListPage.Metadata page,
		@Schema(nullable = true, description = "The article's last extraction; null if it never ran") Run extraction) {

	/** When extraction last ran and whether it read the whole body. */
	record Run(OffsetDateTime ranAt, @Schema(
			description = "true: some paragraphs could not be read; the candidates cover the rest") boolean partial) {
	}

}
