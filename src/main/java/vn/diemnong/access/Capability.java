package vn.diemnong.access;

import static vn.diemnong.access.Role.ADMIN;
import static vn.diemnong.access.Role.COMMUNE;
import static vn.diemnong.access.Role.ENV_DEPT;
import static vn.diemnong.access.Role.POLICE;
import static vn.diemnong.access.Role.VIEWER;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The role matrix, stated once: what each role may do. {@link SecurityConfiguration} grants each capability's
 * requests to its roles, and {@code /api/v1/me} lists the caller's capabilities by {@link #code}, so the page offers
 * what the service will allow and keeps no matrix of its own.
 */
enum Capability {

	/** The internal data (GET /api/v1/**): sites with their details and risk, communes, histories. */
	DATA("data", ENV_DEPT, POLICE, VIEWER, COMMUNE),
	/** The Gi* and emerging hot spot layers and cells of the whole province. */
	HOTSPOTS("hotspots", ENV_DEPT, POLICE, VIEWER),
	/** Adding and changing sites. */
	EDIT_SITES("editSites", ENV_DEPT, COMMUNE),
	/** Recording an observed status of a site. */
	RECORD_STATUS("recordStatus", ENV_DEPT, POLICE, COMMUNE),
	/** Making patrol plans (a commune's user for their communes). */
	PLAN_PATROLS("planPatrols", ENV_DEPT, POLICE, COMMUNE),
	/** Carrying out patrols: creating, starting and finishing them, recording stop outcomes and tracks. */
	RECORD_PATROLS("recordPatrols", ENV_DEPT, POLICE, COMMUNE),
	/** Recording inspections and their violations. */
	RECORD_INSPECTIONS("recordInspections", ENV_DEPT),
	/** Reading the audit trail. */
	AUDIT("audit", ENV_DEPT, ADMIN),
	/** Citizens' tips: the queue, their handling; the reporter's contact only for ENV_DEPT and POLICE (tip module). */
	TIPS("tips", ENV_DEPT, POLICE, COMMUNE),
	/** Managing accounts. */
	USERS("users", ADMIN);

	private final String code;
	private final Set<Role> roles;

	Capability(String code, Role... roles) {
		this.code = code;
		this.roles = Set.of(roles);
	}

	String code() {
		return code;
	}

	/** The role names, as {@code hasAnyRole} takes them. */
	String[] roles() {
		return roles.stream().map(Role::name).sorted().toArray(String[]::new);
	}

	/** The codes of what a role may do, in this enum's order; none for no role or one the service does not know. */
	static List<String> of(@Nullable String role) {
		return Arrays.stream(values())
			.filter(capability -> capability.roles.stream().anyMatch(r -> r.name().equals(role)))
			.map(Capability::code)
			.toList();
	}
}
