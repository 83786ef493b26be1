package vn.diemnong.site;

import jakarta.persistence.Converter;

import vn.diemnong.common.Coded;
import vn.diemnong.common.CodedConverter;

public enum SiteKind implements Coded {

	CRAFT_VILLAGE, INDUSTRIAL_CLUSTER, INDUSTRIAL_ZONE, RECYCLING_FACILITY, HOUSEHOLD_WORKSHOP, WASTE_DUMP;

	/** A compound site: its area holds member sites, each with its own history. */
	public boolean isCompound() {
		return this == CRAFT_VILLAGE || this == INDUSTRIAL_CLUSTER || this == INDUSTRIAL_ZONE;
	}

	@Converter(autoApply = true)
	static class JpaConverter extends CodedConverter<SiteKind> {

		JpaConverter() {
			super(SiteKind.class);
		}
	}
}
