package org.waymark.user;

import me.gosimple.nbvcxz.resources.DictionaryUtil;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What makes a password acceptable, following the NCSC's password guidance: long enough,
 * no rules about which kinds of character it must contain, and not one that is commonly
 * used or easily guessed from who the person is. Applied when a password is chosen, never
 * at sign-in, so passwords set before a rule changed still work.
 * <p>
 * The common passwords are the 100,000 most used in breaches, as published with the
 * nbvcxz library; they are compared ignoring case.
 */
public final class PasswordPolicy {

	/** Fewer characters than this are refused. */
	public static final int MINIMUM_LENGTH = 12;

	/** More characters than this are refused: generous, so that pass phrases fit. */
	public static final int MAXIMUM_LENGTH = 128;

	/**
	 * bcrypt reads only the first 72 bytes of a password. A longer one is accepted, but
	 * what follows its 72nd byte adds nothing, so the bytes that count must themselves be
	 * a good password: they are what is checked against the common passwords and the
	 * person's name.
	 */
	static final int BYTES_THAT_COUNT = 72;

	/** The reasons a password is refused, each with its message. */
	public enum Problem {

		MISSING, TOO_SHORT, TOO_LONG, COMMON, ONE_CHARACTER, LIKE_EMAIL, LIKE_NAME;

		public String messageKey() {
			return "password.problem." + name();
		}

	}

	private PasswordPolicy() {
	}

	/**
	 * The first reason the password would be refused for this person, or empty if it is
	 * acceptable.
	 * @param email the person's email address (their username), or null
	 * @param name the person's display name, or null
	 */
	public static Optional<Problem> check(String password, String email, String name) {
		if (password == null || password.isEmpty()) {
			return Optional.of(Problem.MISSING);
		}
		int length = password.codePointCount(0, password.length());
		if (length < MINIMUM_LENGTH) {
			return Optional.of(Problem.TOO_SHORT);
		}
		if (length > MAXIMUM_LENGTH) {
			return Optional.of(Problem.TOO_LONG);
		}
		String counted = bytesThatCount(password);
		if (counted.codePoints().distinct().count() == 1) {
			return Optional.of(Problem.ONE_CHARACTER);
		}
		String lower = counted.toLowerCase(Locale.ROOT);
		if (CommonPasswords.LOWER_CASE.contains(lower)) {
			return Optional.of(Problem.COMMON);
		}
		if (email != null && !email.isBlank() && resembles(lower, email)) {
			return Optional.of(Problem.LIKE_EMAIL);
		}
		if (name != null && !name.isBlank() && resembles(lower, name)) {
			return Optional.of(Problem.LIKE_NAME);
		}
		return Optional.empty();
	}

	/**
	 * True when the password is the email address or name, or is made of it with at most
	 * up to six characters around it, ignoring case and spaces
	 * ("Jo.Bloggs@council.gov.uk", "jobloggs2024", "JoBloggs!!").
	 */
	private static boolean resembles(String lowerPassword, String personal) {
		String compact = squeeze(lowerPassword);
		String candidate = squeeze(personal.toLowerCase(Locale.ROOT));
		String localPart = candidate.contains("@") ? candidate.substring(0, candidate.indexOf('@')) : candidate;
		for (String part : new String[] { candidate, localPart }) {
			if (part.length() >= 4 && compact.contains(part) && compact.length() - part.length() <= 6) {
				return true;
			}
		}
		return false;
	}

	private static String squeeze(String text) {
		return text.replaceAll("[\\s._-]", "");
	}

	/** The start of the password that bcrypt reads: its first 72 bytes in UTF-8. */
	static String bytesThatCount(String password) {
		byte[] bytes = password.getBytes(StandardCharsets.UTF_8);
		if (bytes.length <= BYTES_THAT_COUNT) {
			return password;
		}
		StringBuilder kept = new StringBuilder();
		int used = 0;
		for (int i = 0; i < password.length();) {
			int codePoint = password.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (used + size > BYTES_THAT_COUNT) {
				break;
			}
			kept.appendCodePoint(codePoint);
			used += size;
			i += Character.charCount(codePoint);
		}
		return kept.toString();
	}

	/** Loaded on first use, once: the list is a few megabytes in memory. */
	private static final class CommonPasswords {

		static final Set<String> LOWER_CASE = DictionaryUtil.loadUnrankedDictionary(DictionaryUtil.passwords)
			.keySet()
			.stream()
			.map((password) -> password.toLowerCase(Locale.ROOT))
			.collect(Collectors.toUnmodifiableSet());

	}

}
