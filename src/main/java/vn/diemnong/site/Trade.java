package vn.diemnong.site;

import jakarta.persistence.Converter;

import vn.diemnong.common.Coded;
import vn.diemnong.common.CodedConverter;

public enum Trade implements Coded {

	PAPER_RECYCLING, ALUMINIUM_RECYCLING, COPPER_CASTING, STEEL_RECYCLING, METAL_PLATING, PLASTIC_RECYCLING,
	RUBBER_RECYCLING, SCRAP_TRADING, WOOD_FURNITURE, POTTERY, RICE_WINE, FOOD_PROCESSING, TEXTILE_DYEING,
	MIXED_INDUSTRY, WASTE_DISPOSAL;

	@Converter(autoApply = true)
	static class JpaConverter extends CodedConverter<Trade> {

		JpaConverter() {
			super(Trade.class);
		}
	}
}
