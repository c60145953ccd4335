package org.parley.position;

/** An actor's answer to an issue's question. */
public enum Stance {

	SUPPORTS, OPPOSES, CONDITIONAL, UNCLEAR

}
