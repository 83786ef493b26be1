package vn.diemnong.patrol.execution;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

/** A patrol to carry out a plan: the team that goes. */
record NewPatrol(@NotBlank @Size(max = 200) @Schema(example = "Tổ tuần tra Công an xã Văn Môn") String team) {
}
