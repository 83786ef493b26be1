package vn.diemnong.access;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.diemnong.common.ApiProblem;

/** Common and guessable passwords are refused by the libraries' lists and estimate, not only by our own list. */
class PasswordsTest {

	private final Passwords passwords;

	PasswordsTest() throws Exception {
		passwords = new Passwords();
	}

	@Test
	void passwordsFromTheCommonListsAndEasyToGuessAreRefused() {
		// none of these holds a word of our own list (access/weak-passwords.txt): the libraries' lists find them
		for (String weak : List.of("charlie1990!", "liverpool2024", "Jennifer1985", "nintendo2024", "butterfly123",
				"chocolate2024", "Elizabeth1990", "thomas199012", "1Ranger2024", "maverick2024")) {
			assertThatThrownBy(() -> passwords.check("nguoithu", weak)).as(weak)
				.isInstanceOfSatisfying(ApiProblem.class,
						p -> org.assertj.core.api.Assertions.assertThat(p.errors().get(0).code()).isEqualTo("password-weak"));
		}
	}

	@Test
	void longUnusualPassphrasesPass() {
		for (String strong : List.of("song-hong-chay-qua-2026", "mat-khau-that-2026", "mat-khau-moi-hon-2027",
				"ca phe sua da buoi sang", "xT7#qL9@wZ2!")) {
			assertThatCode(() -> passwords.check("nguoithu", strong)).as(strong).doesNotThrowAnyException();
		}
	}
}
