package org.parley.summit;

import java.util.Comparator;
import java.util.List;

import org.parley.actor.ActorRef;
import org.parley.article.ArticleRef;
import org.parley.common.Refs;

final class SummitMapper {

	private SummitMapper() {
	}

	static SummitResponse toResponse(Summit s) {
		return new SummitResponse(s.getSlug(), s.getTitle(), s.getKind(), s.getStatus(), s.getStartDate(),
				s.getEndDate(), location(s), participants(s), s.getSummary(), s.getOutcome(),
				Refs.map(s.getSources(), ArticleRef::of), s.getSourceCount());
	}

	/**
	 * An event as it was at a past revision, with the participants it had then. The
	 * source count is not audited, so it is counted from the sources.
	 */
	static SummitResponse toHistoricResponse(Summit s, List<SummitResponse.Participant> participants) {
		List<ArticleRef> sources = Refs.map(s.getSources(), ArticleRef::of)
			.stream()
			.sorted(Comparator.comparing(ArticleRef::slug))
			.toList();
		return new SummitResponse(s.getSlug(), s.getTitle(), s.getKind(), s.getStatus(), s.getStartDate(),
				s.getEndDate(), location(s), participants, s.getSummary(), s.getOutcome(), sources, sources.size());
	}

	static SummitFeatureCollection.Feature toFeature(Summit s) {
		SummitFeatureCollection.Point point = (s.getLatitude() != null && s.getLongitude() != null)
				? SummitFeatureCollection.Point.of(s.getLongitude(), s.getLatitude()) : null;
		return new SummitFeatureCollection.Feature(point,
				new SummitFeatureCollection.Properties(s.getSlug(), s.getTitle(), s.getKind(), s.getStatus(),
						s.getStartDate(), s.getEndDate(), s.getLocationName(),
						Refs.map(s.getParticipants(), (p) -> p.getActor().getSlug())));
	}

	private static SummitResponse.Location location(Summit s) {
		if (s.getLocationName() == null && s.getLatitude() == null) {
			return null;
		}
		return new SummitResponse.Location(s.getLocationName(), s.getLatitude(), s.getLongitude());
	}

	private static List<SummitResponse.Participant> participants(Summit s) {
		return Refs.map(s.getParticipants(),
				(p) -> new SummitResponse.Participant(ActorRef.of(p.getActor()), p.getRole()));
	}

}
