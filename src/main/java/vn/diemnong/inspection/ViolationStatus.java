package vn.diemnong.inspection;

import jakarta.persistence.Converter;

import vn.diemnong.common.Coded;
import vn.diemnong.common.CodedConverter;

public enum ViolationStatus implements Coded {

	OPEN, REMEDIATING, REMEDIATED, ESCALATED, CLOSED;

	@Converter(autoApply = true)
	static class JpaConverter extends CodedConverter<ViolationStatus> {

		JpaConverter() {
			super(ViolationStatus.class);
		}
	}
}
