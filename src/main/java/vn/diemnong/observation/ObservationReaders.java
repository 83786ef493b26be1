package vn.diemnong.observation;

import java.util.Set;

import vn.diemnong.common.Actor;

/**
 * Who may read field observations (an officer's note, the phone's position, photos that may show people): the roles
 * that collect them, not every reader ({@code VIEWER} does not). The security rules give
 * {@code /api/v1/observations/**} and {@code /api/v1/photos/**} to the same roles; other modules that show observations
 * (a site's history) ask here.
 */
public final class ObservationReaders {

	static final Set<String> ROLES = Set.of("ENV_DEPT", "POLICE", "COMMUNE");

	private ObservationReaders() {
	}

	/** Whether the caller's role reads observations (the commune scope is the caller's to apply). */
	public static boolean callerReads() {
		return ROLES.contains(Actor.role());
	}
}
