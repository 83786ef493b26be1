/**
 * Inspections of inter-agency teams with their samples (judged against the QCVN limit in force) and the violations
 * and sanctioning decisions that follow, with remedial measures and their deadlines and who signed each decision
 * ({@link vn.diemnong.inspection.IssuingAuthority}). An inspection and each decision may cite field observations and
 * their photos by hash as evidence ({@code InspectionEvidence}, V24): an observation of the inspected site or of a
 * member of the inspected village or cluster, read from the observation module's view {@code observation_fact}; the
 * photo endpoint shows a cited photo to those who may see the inspection ({@code InspectionPhotoCitations}).
 */
@NullMarked
package vn.diemnong.inspection;

import org.jspecify.annotations.NullMarked;
