package vn.diemnong.access;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import org.passay.DefaultPasswordValidator;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.data.EnglishSequenceData;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.WordLists;
import org.passay.dictionary.sort.ArraysSort;
import org.passay.rule.DictionarySubstringRule;
import org.passay.rule.IllegalRegexRule;
import org.passay.rule.IllegalSequenceRule;
import org.passay.rule.UsernameRule;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import vn.diemnong.common.ApiProblem;

/**
 * What a password set by the administrator must be: 10 characters or more, at most the 72 bytes bcrypt reads (a longer
 * one would be cut silently), not the demo's, and not weak by Passay's rules: no common password's stem
 * ({@code access/weak-passwords.txt}: Vietnamese ones and this service's names), no run of five in the alphabet, the
 * digits or a keyboard row, no character four times in a row, not the username, and at least five different
 * characters. Nor may it be guessable by nbvcxz (zxcvbn's estimate, with its list of the most common passwords and
 * English words, names and surnames): fewer than 2^35 guesses is weak.
 */
@Component
class Passwords {

	static final int MIN_LENGTH = 10;
	static final int MAX_BYTES = 72;

	private final PasswordValidator weak;
	private final Nbvcxz guesses;

	Passwords() throws IOException {
		List<String> words = new ArrayList<>();
		try (InputStream list = new ClassPathResource("access/weak-passwords.txt").getInputStream()) {
			WordLists.readWords(list, StandardCharsets.UTF_8.name(), words);
		}
		words.removeIf(word -> word.isBlank() || word.startsWith("#"));
		ArrayWordList dictionary = new ArrayWordList(words.toArray(String[]::new), false, new ArraysSort());
		weak = new DefaultPasswordValidator(new DictionarySubstringRule(new WordListDictionary(dictionary)),
				new IllegalSequenceRule(EnglishSequenceData.Alphabetical, 5, false),
				new IllegalSequenceRule(EnglishSequenceData.Numerical, 5, false),
				new IllegalSequenceRule(EnglishSequenceData.USQwerty, 5, false), new IllegalRegexRule("(.)\\1{3}"),
				new UsernameRule(true, true));
		List<Dictionary> dictionaries = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
		dictionaries.add(new DictionaryBuilder().setDictionaryName("diemnong").addWords(words, 1).createDictionary());
		guesses = new Nbvcxz(new ConfigurationBuilder().setDictionaries(dictionaries).createConfiguration());
	}

	/** Refuses, as a problem naming {@code password}, a password this account may not have. */
	void check(String username, String password) {
		if (password.equals(Accounts.DEMO_PASSWORD)) {
			throw ApiProblem.invalid("password", "password-demo");
		}
		if (password.length() < MIN_LENGTH) {
			throw ApiProblem.invalid("password", "password-too-short", MIN_LENGTH);
		}
		if (tooLong(password)) {
			throw ApiProblem.invalid("password", "password-too-long", MAX_BYTES);
		}
		if (password.codePoints().distinct().count() < 5 || !weak.validate(new PasswordData(username, password)).isValid()
				|| !guesses.estimate(password).isMinimumEntropyMet()) {
			throw ApiProblem.invalid("password", "password-weak");
		}
	}

	static boolean tooLong(CharSequence password) {
		return password.toString().getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
	}
}
