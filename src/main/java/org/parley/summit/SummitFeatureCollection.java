package org.parley.summit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Events as a GeoJSON FeatureCollection (RFC 7946). The export streams its features one
 * by one; this record documents the whole document's shape.
 */
@Schema(name = "SummitFeatureCollection")
record SummitFeatureCollection(@Schema(allowableValues = "FeatureCollection") String type, List<Feature> features) {

	/** One event. */
	@Schema(name = "SummitFeature")
	public record Feature(@Schema(allowableValues = "Feature") String type,
			@Schema(description = "Null where the place is not known precisely",
					nullable = true) @JsonInclude(JsonInclude.Include.ALWAYS) Point geometry,
			Properties properties) {

		public Feature(Point geometry, Properties properties) {
			this("Feature", geometry, properties);
		}

	}

	/** A position: {@code [longitude, latitude]}, in that order (RFC 7946). */
	@Schema(name = "GeoJsonPoint")
	public record Point(@Schema(allowableValues = "Point") String type,
			@Schema(description = "[longitude, latitude] in WGS 84") List<BigDecimal> coordinates) {

		public static Point of(BigDecimal longitude, BigDecimal latitude) {
			return new Point("Point", List.of(longitude, latitude));
		}

	}

	/** What the event is, as in the JSON list, with participants by slug. */
	@Schema(name = "SummitFeatureProperties")
	public record Properties(String slug, String title, SummitKind kind, SummitStatus status,
			@Schema(nullable = true) LocalDate startDate, @Schema(nullable = true) LocalDate endDate,
			@Schema(nullable = true) String locationName,
			@Schema(description = "Slugs of the actors taking part, hosts first") List<String> participants) {
	}

}
