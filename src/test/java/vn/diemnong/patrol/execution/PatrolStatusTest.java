package vn.diemnong.patrol.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import vn.diemnong.common.ApiProblem;

class PatrolStatusTest {

	@Test
	void aPatrolGoesPlannedInProgressDone() {
		assertThat(PatrolStatus.PLANNED.start()).isEqualTo(PatrolStatus.IN_PROGRESS);
		assertThat(PatrolStatus.IN_PROGRESS.finish()).isEqualTo(PatrolStatus.DONE);
	}

	@Test
	void everyOtherStepIsRefusedAsAConflict() {
		assertThatThrownBy(PatrolStatus.IN_PROGRESS::start).isInstanceOfSatisfying(ApiProblem.class, problem -> {
			assertThat(problem.status()).isEqualTo(HttpStatus.CONFLICT);
			assertThat(problem.errors().get(0).code()).isEqualTo("patrol.status.illegal");
			assertThat(problem.errors().get(0).args()).containsExactly("in_progress", "in_progress");
		});
		assertThatThrownBy(PatrolStatus.DONE::start).isInstanceOf(ApiProblem.class);
		assertThatThrownBy(PatrolStatus.PLANNED::finish).isInstanceOf(ApiProblem.class);
		assertThatThrownBy(PatrolStatus.DONE::finish).isInstanceOf(ApiProblem.class);
	}

	@Test
	void outcomesAreTakenOnlyWhileUnderWay() {
		PatrolStatus.IN_PROGRESS.requireUnderWay("outcome");
		assertThatThrownBy(() -> PatrolStatus.PLANNED.requireUnderWay("outcome")).isInstanceOf(ApiProblem.class);
		assertThatThrownBy(() -> PatrolStatus.DONE.requireUnderWay("outcome")).isInstanceOf(ApiProblem.class);
	}
}
