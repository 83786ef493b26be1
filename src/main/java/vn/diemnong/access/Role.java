package vn.diemnong.access;

import vn.diemnong.common.Coded;

/** What an account may do; {@link #COMMUNE} is further limited to the account's communes. */
public enum Role implements Coded {
	/** The environment department: the whole province, read and write sites, inspections and violations. */
	ENV_DEPT,
	/** The police: read everything, record status observations (and, later, patrols). */
	POLICE,
	/** A commune's staff: the sites located in their communes, nothing else. */
	COMMUNE,
	/** Read-only, inside the administration. */
	VIEWER,
	/** Accounts and settings only, no data. */
	ADMIN;

	/** Roles are exchanged as their names, as the deployment's documents and Keycloak call them. */
	@Override
	public String code() {
		return name();
	}

	public String authority() {
		return "ROLE_" + name();
	}
}
