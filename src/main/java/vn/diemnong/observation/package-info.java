/**
 * Field observations: what an officer saw at a site from a phone (findings, a note, the phone's position and its
 * accuracy, the time, up to five photos), filed exactly once per {@code Idempotency-Key}. An observation is part of
 * the site's history, not a parallel one: a status change seen is recorded as the site's status event (through
 * {@link vn.diemnong.site.Sites#recordObservedStatus}, same transaction) and the observation itself is an append-only
 * row published as the view {@code observation_fact} (V18), which the site history and the risk score read.
 * "A site not on the list" ({@code POST /api/v1/observations} with {@code site}) registers the site at the phone's
 * position through {@link vn.diemnong.site.Sites#registerFromField} and files the observation against it. Photos go
 * through {@link vn.diemnong.photo.Photos}; this module tells the photo endpoint who may see them
 * ({@link vn.diemnong.photo.PhotoCitations}).
 */
@NullMarked
package vn.diemnong.observation;

import org.jspecify.annotations.NullMarked;
