package vn.diemnong.tip;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Reference codes a reporter can read aloud and type on a phone: 12 characters of Crockford's base 32 (no I, L, O,
 * U), 60 random bits, shown in three groups of four. What is typed is read leniently: any case, spaces or dashes,
 * O for 0 and I or L for 1.
 */
final class TipReferences {

	static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
	static final int LENGTH = 12;

	private static final SecureRandom RANDOM = new SecureRandom();

	private TipReferences() {
	}

	static String next() {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/** The stored form of what was typed, or empty when it cannot be a reference. */
	static Optional<String> normalise(String typed) {
		if (typed.length() > 40) {
			return Optional.empty();
		}
		String code = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "").replace('O', '0').replace('I', '1')
			.replace('L', '1');
		return code.length() == LENGTH && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0) ? Optional.of(code)
				: Optional.empty();
	}

	static String display(String code) {
		return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
	}
}
