package org.waymark.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A short digest of what a form showed when it was opened, sent back with the form so
 * that a save can tell whether someone else changed the same thing in the meantime. It
 * protects people from overwriting each other by accident; it is not a security measure.
 */
public final class ContentFingerprint {

	private ContentFingerprint() {
	}

	/**
	 * The fingerprint of the given values in order; {@code null} and an empty string
	 * differ.
	 */
	public static String of(Object... values) {
		MessageDigest digest = sha256();
		for (Object value : values) {
			// A marker byte before each value keeps ("ab", "c") and ("a", "bc") apart.
			digest.update((byte) ((value == null) ? 0 : 1));
			if (value != null) {
				digest.update(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
			}
			digest.update((byte) 0x1f);
		}
		return HexFormat.of().formatHex(digest.digest(), 0, 12);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
