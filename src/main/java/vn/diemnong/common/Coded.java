package vn.diemnong.common;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/** An enumeration stored and exchanged as a lower-case code ({@code craft_village}), checked by the database too. */
public interface Coded {

	default String code() {
		return ((Enum<?>) this).name().toLowerCase(Locale.ROOT);
	}

	/** The constant for a code; a 400 problem naming the field and the accepted codes otherwise. */
	static <E extends Enum<E> & Coded> E parse(Class<E> type, String field, @Nullable String code) {
		if (code == null) {
			throw ApiProblem.invalid(field, "constraint.NotNull");
		}
		return Arrays.stream(type.getEnumConstants())
			.filter(e -> e.code().equals(code))
			.findFirst()
			.orElseThrow(() -> ApiProblem.invalid(field, "unknown-value", code, codes(type).stream()
				.collect(Collectors.joining(", "))));
	}

	static <E extends Enum<E> & Coded> @Nullable E parseOptional(Class<E> type, String field, @Nullable String code) {
		return code == null ? null : parse(type, field, code);
	}

	static <E extends Enum<E> & Coded> List<String> codes(Class<E> type) {
		return Arrays.stream(type.getEnumConstants()).map(Coded::code).toList();
	}
}
