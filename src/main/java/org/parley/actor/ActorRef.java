package org.parley.actor;

/** How other resources name an actor. */
public record ActorRef(String slug, String name) {

	public static ActorRef of(Actor actor) {
		return new ActorRef(actor.getSlug(), actor.getName());
	}

}
