/**
 * Patrols carried out: a plan's patrol goes planned → in progress → done; at each stop the team records the outcome
 * (visited or not reachable, what was found, the field observation made there) and the phone sends its track in
 * batches, each stored exactly once. From these: effort (hours, kilometres, sites visited per team, commune and month)
 * and coverage (the share of high-risk sites visited in the last 30 days, and the overdue ones).
 * <p>
 * Published for other modules' SQL (V23): {@code patrol_visit_fact} (each outcome, for the site's history) and
 * {@code site_last_visit} ({@code site_id, last_visited_at, last_visited_on}: the last outcome "visited" at each site;
 * days since the last visit = today in Asia/Ho_Chi_Minh − {@code last_visited_on}). The watch list reads the latter.
 */
@NullMarked
package vn.diemnong.patrol.execution;

import org.jspecify.annotations.NullMarked;
