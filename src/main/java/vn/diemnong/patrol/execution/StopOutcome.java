package vn.diemnong.patrol.execution;

import vn.diemnong.common.Coded;

/** What became of a stop: the team got there, or could not. */
enum StopOutcome implements Coded {
	VISITED, NOT_REACHABLE
}
