package org.waymark.shared;

import jakarta.servlet.http.HttpSession;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

/**
 * The rows of an uploaded file waiting in the session to be confirmed, under a random
 * token the preview page's form sends back: one upload per session and kind of import, so
 * a later upload replaces an earlier one, and nothing is saved to the domain's tables
 * until it is confirmed.
 *
 * @param token the random token
 * @param target what the rows are imported into (an action plan or programme id)
 * @param rows the rows as read
 * @param fingerprint the data as it was when previewed
 */
public record PendingImport(String token, long target, List<SpreadsheetRow> rows,
		String fingerprint) implements Serializable {

	private static final SecureRandom RANDOM = new SecureRandom();

	public PendingImport {
		rows = List.copyOf(rows);
	}

	/** Keeps the rows in the session under a new token, and answers it. */
	public static String remember(HttpSession session, String kind, long target, List<SpreadsheetRow> rows,
			String fingerprint) {
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		String token = HexFormat.of().formatHex(bytes);
		session.setAttribute(kind, new PendingImport(token, target, rows, fingerprint));
		return token;
	}

	/** The rows held for the target under the token, or null if there are none. */
	public static PendingImport find(HttpSession session, String kind, long target, String token) {
		if (session.getAttribute(kind) instanceof PendingImport pending && pending.target == target && MessageDigest
			.isEqual(pending.token.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8))) {
			return pending;
		}
		return null;
	}

}
