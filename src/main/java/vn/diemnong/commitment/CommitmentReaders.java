package vn.diemnong.commitment;

import vn.diemnong.common.Actor;

/**
 * Who may read commitments: the roles that collect them (the security rules give {@code /sites/{id}/commitments} to
 * the same). Other modules that show commitments (a site's history) ask here.
 */
public final class CommitmentReaders {

	private CommitmentReaders() {
	}

	/** Whether the caller's role reads commitments (the commune scope is the caller's to apply). */
	public static boolean callerReads() {
		return CommitmentScans.READERS.contains(Actor.role());
	}
}
