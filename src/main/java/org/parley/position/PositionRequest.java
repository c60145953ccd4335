package org.parley.position;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.parley.common.Refs;

/** A position as clients write it (POST, PUT, and the target of a merge patch). */
record PositionRequest(@Schema(
		description = "Actor slug; required to create, fixed afterwards (in a PUT it may be left out or must be the same)") @Size(
				max = 120) String actor,
		@Schema(description = "Issue code; required to create, fixed afterwards") @Size(max = 80) String issue,
		@NotNull @Schema(description = "The answer to the issue's question") Stance stance,
		@NotBlank @Size(max = 1000) String summary,
		@Schema(description = "Date from which the stance holds; not before the validFrom of the position it supersedes") LocalDate validFrom,
		@NotEmpty @Size(max = 100) @Schema(
				description = "What the position rests on: at least one statement or article") List<@NotNull @Valid Evidence> evidence) {

	/** A statement (by id) or a whole article (by slug): exactly one of the two. */
	@Evidence.OneSource
	@Schema(name = "EvidenceRequest")
	public record Evidence(@Schema(description = "Id of a statement") Long statementId,
			@Schema(description = "Slug of an article") @Size(max = 120) String article) {

		static Evidence of(PositionEvidence e) {
			return (e.getStatement() != null) ? new Evidence(e.getStatement().getId(), null)
					: new Evidence(null, e.getArticle().getSlug());
		}

		/** Exactly one of statementId and article. */
		@Documented
		@Target(ElementType.TYPE)
		@Retention(RetentionPolicy.RUNTIME)
		@Constraint(validatedBy = OneSourceValidator.class)
		@interface OneSource {

			String message() default "must give either statementId or article, not both";

			Class<?>[] groups() default {};

			Class<? extends Payload>[] payload() default {};

		}

		static class OneSourceValidator implements ConstraintValidator<OneSource, Evidence> {

			@Override
			public boolean isValid(Evidence evidence, ConstraintValidatorContext context) {
				return (evidence.statementId() == null) != (evidence.article() == null);
			}

		}

	}

	static PositionRequest of(Position p) {
		return new PositionRequest(p.getActor().getSlug(), p.getIssue().getCode(), p.getStance(), p.getSummary(),
				p.getValidFrom(), Refs.map(p.getEvidence(), Evidence::of));
	}

}
