package vn.diemnong.inspection;

import jakarta.persistence.Converter;

import vn.diemnong.common.Coded;
import vn.diemnong.common.CodedConverter;

public enum Agency implements Coded {

	ENVIRONMENT, POLICE, COMMUNE, INDUSTRY_TRADE, INDUSTRIAL_ZONES_AUTHORITY;

	@Converter(autoApply = true)
	static class JpaConverter extends CodedConverter<Agency> {

		JpaConverter() {
			super(Agency.class);
		}
	}
}
