package org.parley.actor;

import java.util.List;

import org.parley.common.DiscrepancyRef;
import org.parley.common.Refs;

final class ActorMapper {

	private ActorMapper() {
	}

	static ActorResponse toResponse(Actor actor) {
		return new ActorResponse(actor.getSlug(), actor.getName(), actor.getKind(), actor.getTitle(),
				List.copyOf(actor.getAliases()), Refs.orNull(actor.getAffiliation(), ActorRef::of), actor.getNotes());
	}

	static ActorDetail toDetail(Actor actor, List<DiscrepancyRef> discrepancies) {
		return new ActorDetail(actor.getSlug(), actor.getName(), actor.getKind(), actor.getTitle(),
				List.copyOf(actor.getAliases()), Refs.orNull(actor.getAffiliation(), ActorRef::of), actor.getNotes(),
				Refs.map(actor.getMembers(), ActorRef::of), Refs.map(actor.getMemberOf(), ActorRef::of), discrepancies);
	}

}
