package vn.diemnong.patrol.execution;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;

/** Positions recorded on a patrol, sent together; the batch is named by the request's Idempotency-Key. */
record TrackBatch(@NotEmpty List<@Valid TrackPoint> points) {
}
