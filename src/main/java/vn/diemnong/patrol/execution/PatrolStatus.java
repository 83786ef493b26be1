package vn.diemnong.patrol.execution;

import java.util.List;

import org.springframework.http.HttpStatus;

import vn.diemnong.common.ApiProblem;
import vn.diemnong.common.Coded;

/** Where a patrol is in its life cycle; it only moves forward, one step at a time. */
enum PatrolStatus implements Coded {
	PLANNED, IN_PROGRESS, DONE;

	/** The status after starting; 409 unless the patrol is planned. */
	PatrolStatus start() {
		return step(PLANNED, IN_PROGRESS);
	}

	/** The status after finishing; 409 unless the patrol is in progress. */
	PatrolStatus finish() {
		return step(IN_PROGRESS, DONE);
	}

	/** Outcomes are recorded while the patrol is under way; 409 otherwise. */
	void requireUnderWay(String what) {
		if (this != IN_PROGRESS) {
			throw illegal(what);
		}
	}

	private PatrolStatus step(PatrolStatus from, PatrolStatus to) {
		if (this != from) {
			throw illegal(to.code());
		}
		return to;
	}

	private ApiProblem illegal(String target) {
		return new ApiProblem(HttpStatus.CONFLICT, "conflict",
				List.of(new ApiProblem.FieldProblem("status", "patrol.status.illegal", code(), target)));
	}
}
