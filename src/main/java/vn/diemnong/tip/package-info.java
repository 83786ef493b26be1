/**
 * Citizens' tips: a public form to report a suspected site (anonymously or with a contact that only the department
 * and the police may read, each view audited), a reference code to follow it, routing to the commune whose 2025
 * boundary holds it (or past the commune when its officials are involved), duplicate proposals, and the handlers'
 * queue with its answer deadline.
 * <p>
 * Published for other modules, in SQL (V20): {@code tip_fact} (open or verified tips: position, commune, findings,
 * dates, the linked site, {@code verified}; never text or contact), {@code tip_near_site} (each site with the open or
 * verified tips linked to it or within 200 m: {@code site_id, tip_id, status, verified, findings, seen_on,
 * received_on, officials_involved, distance_m}: the police watch list reads it; a reader shown to a commune leaves out
 * {@code officials_involved} rows) and {@code tip_overdue(respond_by, status, today)}.
 */
@NullMarked
package vn.diemnong.tip;

import org.jspecify.annotations.NullMarked;
