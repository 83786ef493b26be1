package vn.diemnong.site;

import jakarta.persistence.Converter;

import vn.diemnong.common.Coded;
import vn.diemnong.common.CodedConverter;

public enum SiteStatus implements Coded {

	OPERATING, UNDER_REMEDIATION, SUSPENDED, COMMITTED, CLOSED, REACTIVATED, RELOCATED;

	@Converter(autoApply = true)
	static class JpaConverter extends CodedConverter<SiteStatus> {

		JpaConverter() {
			super(SiteStatus.class);
		}
	}
}
