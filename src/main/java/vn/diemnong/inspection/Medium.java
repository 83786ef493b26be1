package vn.diemnong.inspection;

import jakarta.persistence.Converter;

import vn.diemnong.common.Coded;
import vn.diemnong.common.CodedConverter;

public enum Medium implements Coded {

	WASTEWATER, EMISSION, AMBIENT_AIR, NOISE, SOIL;

	@Converter(autoApply = true)
	static class JpaConverter extends CodedConverter<Medium> {

		JpaConverter() {
			super(Medium.class);
		}
	}
}
