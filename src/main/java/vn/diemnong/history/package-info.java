/**
 * The dated history of a site (with its members) and of a commune (per month, per category, per site, and under
 * the old communes now inside it), and the commune layer shaded by violations: read models over sites,
 * inspections and violations written by PostgreSQL.
 */
@NullMarked
package vn.diemnong.history;

import org.jspecify.annotations.NullMarked;
