package vn.diemnong.common;

import jakarta.persistence.AttributeConverter;

/** Stores a {@link Coded} enumeration as its code. Subclass it per enumeration with {@code @Converter(autoApply = true)}. */
public abstract class CodedConverter<E extends Enum<E> & Coded> implements AttributeConverter<E, String> {

	private final Class<E> type;

	protected CodedConverter(Class<E> type) {
		this.type = type;
	}

	@Override
	public String convertToDatabaseColumn(E value) {
		return value == null ? null : value.code();
	}

	@Override
	public E convertToEntityAttribute(String code) {
		return code == null ? null : Coded.parse(type, type.getSimpleName(), code);
	}
}
