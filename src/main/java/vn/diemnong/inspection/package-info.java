/**
 * Inspections of inter-agency teams with their samples (judged against the QCVN limit in force) and the violations
 * and sanctioning decisions that follow, with remedial measures and their deadlines.
 */
@NullMarked
package vn.diemnong.inspection;

import org.jspecify.annotations.NullMarked;
