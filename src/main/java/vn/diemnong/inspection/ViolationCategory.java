package vn.diemnong.inspection;

import jakarta.persistence.Converter;

import vn.diemnong.common.Coded;
import vn.diemnong.common.CodedConverter;

public enum ViolationCategory implements Coded {

	WASTEWATER_EXCEEDANCE, EMISSION_EXCEEDANCE, NOISE_EXCEEDANCE, NO_ENVIRONMENTAL_PERMIT, NO_TREATMENT_SYSTEM, ILLEGAL_SCRAP_RECYCLING, SCRAP_STOCKPILING, ILLEGAL_WASTE_DUMPING, OPERATING_AFTER_CLOSURE;

	@Converter(autoApply = true)
	static class JpaConverter extends CodedConverter<ViolationCategory> {

		JpaConverter() {
			super(ViolationCategory.class);
		}
	}
}
