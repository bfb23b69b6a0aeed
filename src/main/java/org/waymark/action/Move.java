package org.waymark.action;

/**
 * Which way an objective or action moves in its plan's order: up (earlier) or down
 * (later), past its neighbour.
 */
public enum Move {

	UP, DOWN;

	int step() {
		return (this == UP) ? -1 : 1;
	}

}
