package org.parley.summit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.parley.actor.ActorRef;
import org.parley.article.Article;
import org.parley.common.Refs;

/**
 * An event as clients write it (POST, PUT, and the target of a merge patch). Participants
 * and sources are given in full: a write replaces them.
 */
@SummitRequest.Consistent
record SummitRequest(@Schema(
		description = "Identifier, fixed once created; in a PUT it may be left out or must equal the path's") @Size(
				max = 120) @Pattern(regexp = "[a-z0-9-]+",
						message = "must be lower-case letters, digits and hyphens") String slug,
		@NotBlank @Size(max = 500) String title, @NotNull SummitKind kind, @NotNull SummitStatus status,
		LocalDate startDate, @Schema(description = "Not before startDate") LocalDate endDate, @Valid Location location,
		@Schema(description = "Each actor at most once; replaces the current participants") @Size(
				max = 100) List<@NotNull @Valid Participant> participants,
		@Schema(description = "Slugs of the articles that report the event; replaces the current sources") @Size(
				max = 100) List<@NotBlank @Size(max = 120) String> sources,
		@Size(max = 20000) String summary, @Size(max = 20000) String outcome) {

	/** Where it took place; latitude and longitude come together or not at all. */
	@Schema(name = "LocationRequest")
	public record Location(@Size(max = 300) String name,
			@DecimalMin("-90") @DecimalMax("90") @Schema(description = "-90 to 90") BigDecimal latitude,
			@DecimalMin("-180") @DecimalMax("180") @Schema(description = "-180 to 180") BigDecimal longitude) {
	}

	/** An actor (by slug) and the part it plays. */
	@Schema(name = "ParticipantRequest")
	public record Participant(@NotBlank @Size(max = 120) @Schema(description = "Actor slug") String actor,
			@NotNull ParticipantRole role) {
	}

	List<Participant> participantsOrEmpty() {
		return (this.participants != null) ? this.participants : List.of();
	}

	List<String> sourcesOrEmpty() {
		return (this.sources != null) ? this.sources : List.of();
	}

	static SummitRequest of(Summit s) {
		return of(s, Refs.map(s.getParticipants(),
				(p) -> new SummitResponse.Participant(ActorRef.of(p.getActor()), p.getRole())));
	}

	/** An event's state with the given participants (for past revisions). */
	static SummitRequest of(Summit s, List<SummitResponse.Participant> participants) {
		Location location = (s.getLocationName() == null && s.getLatitude() == null) ? null
				: new Location(s.getLocationName(), s.getLatitude(), s.getLongitude());
		return new SummitRequest(s.getSlug(), s.getTitle(), s.getKind(), s.getStatus(), s.getStartDate(),
				s.getEndDate(), location, Refs.map(participants, (p) -> new Participant(p.actor().slug(), p.role())),
				Refs.map(s.getSources(), Article::getSlug), s.getSummary(), s.getOutcome());
	}

	/**
	 * The rules across fields: endDate not before startDate, and coordinates in pairs.
	 * Reported on the field to fix ({@code endDate}, {@code location.latitude} or
	 * {@code location.longitude}).
	 */
	@Documented
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@Constraint(validatedBy = ConsistentValidator.class)
	@interface Consistent {

		String message() default "is inconsistent";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	static class ConsistentValidator implements ConstraintValidator<Consistent, SummitRequest> {

		@Override
		public boolean isValid(SummitRequest request, ConstraintValidatorContext context) {
			boolean valid = true;
			context.disableDefaultConstraintViolation();
			if (request.startDate() != null && request.endDate() != null
					&& request.endDate().isBefore(request.startDate())) {
				context.buildConstraintViolationWithTemplate("must not be before startDate")
					.addPropertyNode("endDate")
					.addConstraintViolation();
				valid = false;
			}
			Location location = request.location();
			if (location != null && (location.latitude() == null) != (location.longitude() == null)) {
				String missing = (location.latitude() == null) ? "latitude" : "longitude";
				context
					.buildConstraintViolationWithTemplate(
							"is required with " + ("latitude".equals(missing) ? "longitude" : "latitude"))
					.addPropertyNode("location")
					.addPropertyNode(missing)
					.addConstraintViolation();
				valid = false;
			}
			return valid;
		}

	}

}
