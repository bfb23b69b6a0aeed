package org.waymark.user;

import org.junit.jupiter.api.Test;
import org.waymark.user.PasswordPolicy.Problem;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

	private static final String EMAIL = "jo.bloggs@council.gov.uk";

	private static final String NAME = "Jo Bloggs";

	@Test
	void acceptsALongPassPhraseWithoutAnyParticularKindOfCharacter() {
		assertThat(PasswordPolicy.check("coffee train fish", EMAIL, NAME)).isEmpty();
		assertThat(PasswordPolicy.check("coffeetrainfish", EMAIL, NAME)).isEmpty();
	}

	@Test
	void refusesAMissingPassword() {
		assertThat(PasswordPolicy.check(null, EMAIL, NAME)).contains(Problem.MISSING);
		assertThat(PasswordPolicy.check("", EMAIL, NAME)).contains(Problem.MISSING);
	}

	@Test
	void refusesFewerThanTwelveCharactersAndAcceptsTwelve() {
		assertThat(PasswordPolicy.check("kettle-moss", EMAIL, NAME)).contains(Problem.TOO_SHORT);
		assertThat(PasswordPolicy.check("kettle-moss!", EMAIL, NAME)).isEmpty();
	}

	@Test
	void countsCharactersNotBytes() {
		// Twelve characters, more bytes: long enough.
		assertThat(PasswordPolicy.check("ééééé kettle", EMAIL, NAME)).isEmpty();
	}

	@Test
	void refusesMoreThan128Characters() {
		String phrase = "walrus lantern ".repeat(9);
		assertThat(PasswordPolicy.check(phrase.substring(0, 128), EMAIL, NAME)).isEmpty();
		assertThat(PasswordPolicy.check(phrase.substring(0, 129), EMAIL, NAME)).contains(Problem.TOO_LONG);
	}

	@Test
	void refusesCommonPasswordsFromTheListIgnoringCase() {
		assertThat(PasswordPolicy.check("password1234", EMAIL, NAME)).contains(Problem.COMMON);
		assertThat(PasswordPolicy.check("1qaz2wsx3edc", EMAIL, NAME)).contains(Problem.COMMON);
		assertThat(PasswordPolicy.check("1QAZ2WSX3EDC", EMAIL, NAME)).contains(Problem.COMMON);
	}

	@Test
	void refusesOneCharacterRepeated() {
		assertThat(PasswordPolicy.check("zzzzzzzzzzzzzzz", EMAIL, NAME)).contains(Problem.ONE_CHARACTER);
	}

	@Test
	void refusesTheEmailAddressOrSomethingBarelyDifferent() {
		assertThat(PasswordPolicy.check(EMAIL, EMAIL, NAME)).contains(Problem.LIKE_EMAIL);
		assertThat(PasswordPolicy.check("Jo.Bloggs2024!", EMAIL, "Someone Else")).contains(Problem.LIKE_EMAIL);
	}

	@Test
	void refusesTheNameWithAFewCharactersAdded() {
		assertThat(PasswordPolicy.check("JoBloggs2024", "someone@example.org", NAME)).contains(Problem.LIKE_NAME);
	}

	@Test
	void acceptsAPasswordThatMerelyContainsTheNameAmongMuchElse() {
		assertThat(PasswordPolicy.check("jobloggs rides a purple tram", EMAIL, NAME)).isEmpty();
	}

	@Test
	void checksOnlyTheBytesBcryptReadsAgainstTheLists() {
		// A common password followed by padding bcrypt never reads is as weak as the
		// common password itself.
		String weak = "password1234".repeat(6) + "unreadtail";
		assertThat(weak.length()).isLessThanOrEqualTo(PasswordPolicy.MAXIMUM_LENGTH);
		assertThat(PasswordPolicy.bytesThatCount(weak)).hasSize(72);
		assertThat(PasswordPolicy.check("password1234".repeat(6) + "x", EMAIL, NAME)).isEmpty();
	}

	@Test
	void bytesThatCountNeverSplitsACharacter() {
		String accented = "é".repeat(40);
		assertThat(PasswordPolicy.bytesThatCount(accented)).isEqualTo("é".repeat(36));
	}

}
