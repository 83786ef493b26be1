package vn.diemnong.inspection;

import jakarta.persistence.Converter;

import vn.diemnong.common.Coded;
import vn.diemnong.common.CodedConverter;

public enum InspectionKind implements Coded {

	SCHEDULED, UNANNOUNCED, FOLLOW_UP;

	@Converter(autoApply = true)
	static class JpaConverter extends CodedConverter<InspectionKind> {

		JpaConverter() {
			super(InspectionKind.class);
		}
	}
}
