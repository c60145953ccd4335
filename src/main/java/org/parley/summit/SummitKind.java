package org.parley.summit;

/** The form a negotiation event takes. */
public enum SummitKind {

	SUMMIT, BILATERAL_MEETING, MULTILATERAL_MEETING, PHONE_CALL, PRESS_CONFERENCE, JOINT_STATEMENT

}
