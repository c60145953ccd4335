package org.parley.summit;

/** Whether an event took place, is agreed, is only proposed, or was called off. */
public enum SummitStatus {

	HELD, PLANNED, PROPOSED, CANCELLED

}
