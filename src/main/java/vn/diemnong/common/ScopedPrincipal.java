package vn.diemnong.common;

import java.util.Set;

/**
 * What the data queries need to know of whoever is asking: a name for the record, a role, and the communes (2025
 * codes) the caller may see, or none for the whole province.
 */
public interface ScopedPrincipal {

	String username();

	String role();

	/** The communes this caller is limited to; empty for the whole province. */
	Set<String> communes();
}
