package vn.diemnong.site;

import jakarta.persistence.Converter;

import vn.diemnong.common.Coded;
import vn.diemnong.common.CodedConverter;

/** Craft-village pollution classification (Thông tư 31/2016/TT-BTNMT appx. 3 and its successors). */
public enum PollutionClass implements Coded {

	NOT_POLLUTING, POLLUTING, SERIOUSLY_POLLUTING;

	@Converter(autoApply = true)
	static class JpaConverter extends CodedConverter<PollutionClass> {

		JpaConverter() {
			super(PollutionClass.class);
		}
	}
}
