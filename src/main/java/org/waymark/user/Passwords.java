package org.waymark.user;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.audit.AuditCategory;
import org.waymark.audit.AuditLog;
import org.waymark.shared.NotFoundException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Passwords: one-time links that let a person choose theirs, and changing one's own. A
 * password is checked against the {@link PasswordPolicy} whenever it is chosen, and only
 * its hash is stored; the audit log says that it was set, never what it is.
 */
@Service
public class Passwords {

	private static final Logger logger = LoggerFactory.getLogger(Passwords.class);

	/** 32 random bytes, base64url without padding. */
	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

	private final SecureRandom random = new SecureRandom();

	private final UserAccountRepository accounts;

	private final PasswordLinkRepository links;

	private final PasswordEncoder encoder;

	private final PasswordLinkMail mail;

	private final AuditLog audit;

	private final Clock clock;

	private final Duration validFor;

	Passwords(UserAccountRepository accounts, PasswordLinkRepository links, PasswordEncoder encoder,
			PasswordLinkMail mail, AuditLog audit, Clock clock,
			@Value("${waymark.password-links.valid-for:7d}") Duration validFor) {
		this.accounts = accounts;
		this.links = links;
		this.encoder = encoder;
		this.mail = mail;
		this.audit = audit;
		this.clock = clock;
		this.validFor = validFor;
	}

	/** A link just issued: its token, shown or sent once, and whether it was emailed. */
	public record IssuedLink(String token, String email, String displayName, Instant expiresAt, boolean emailed) {

		/** The link's path; the page adds the address the service is reached at. */
		public String path() {
			return "/password/set/" + this.token;
		}

	}

	/** What a link allows: the state and, for a valid one, whose password it sets. */
	public record LinkCheck(PasswordLinkState state, String email, String displayName) {
	}

	/** What became of a password a person chose. */
	public record Outcome(Optional<PasswordPolicy.Problem> problem, boolean wrongCurrentPassword,
			PasswordLinkState linkState) {

		static Outcome done() {
			return new Outcome(Optional.empty(), false, PasswordLinkState.VALID);
		}

		public boolean succeeded() {
			return this.problem.isEmpty() && !this.wrongCurrentPassword && this.linkState == PasswordLinkState.VALID;
		}

	}

	/**
	 * Issues a new link for the person, ending any older one, and emails it when a mail
	 * server is configured.
	 * @param baseUrl how the link starts ("https://waymark.example.gov.uk"), for the
	 * email
	 * @throws NotFoundException if there is no such account
	 */
	@Transactional
	public IssuedLink issueLink(long userId, String baseUrl) {
		UserAccount account = this.accounts.findById(userId).orElseThrow(() -> new NotFoundException("User " + userId));
		Instant now = this.clock.instant();
		this.links.endUnused(userId, now);
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant expiresAt = now.plus(this.validFor);
		this.links.save(new PasswordLink(account, hash(token), now, expiresAt, currentActor()));
		boolean emailed = false;
		if (this.mail.isAvailable()) {
			try {
				this.mail.send(account.getUsername(), account.getDisplayName(), baseUrl + "/password/set/" + token,
						expiresAt);
				emailed = true;
			}
			catch (MailException ex) {
				// The link is shown to the admin instead: a mail server that is down must
				// not stop a person getting in.
				logger.warn("Could not email a password link to {}: {}", account.getUsername(), ex.getMessage());
			}
		}
		this.audit.record(AuditCategory.PASSWORD, emailed ? "Emailed a link to set their password"
				: "Made a link to set their password, shown to the admin", account.getUsername());
		return new IssuedLink(token, account.getUsername(), account.getDisplayName(), expiresAt, emailed);
	}

	/** Whether a link works now, and for whom. */
	@Transactional(readOnly = true)
	public LinkCheck checkLink(String token) {
		Optional<PasswordLink> link = find(token);
		if (link.isEmpty()) {
			return new LinkCheck(PasswordLinkState.UNKNOWN, null, null);
		}
		UserAccount account = link.get().getAccount();
		return new LinkCheck(link.get().stateAt(this.clock.instant()), account.getUsername(), account.getDisplayName());
	}

	/**
	 * Sets the password of the link's person, if the link still works and the password is
	 * acceptable.
	 */
	@Transactional
	public Outcome setWithLink(String token, String password) {
		Optional<PasswordLink> found = find(token);
		if (found.isEmpty()) {
			return new Outcome(Optional.empty(), false, PasswordLinkState.UNKNOWN);
		}
		PasswordLink link = found.get();
		Instant now = this.clock.instant();
		PasswordLinkState state = link.stateAt(now);
		if (state != PasswordLinkState.VALID) {
			return new Outcome(Optional.empty(), false, state);
		}
		UserAccount account = link.getAccount();
		Optional<PasswordPolicy.Problem> problem = PasswordPolicy.check(password, account.getUsername(),
				account.getDisplayName());
		if (problem.isPresent()) {
			return new Outcome(problem, false, state);
		}
		link.use(now);
		account.setPasswordHash(this.encoder.encode(password));
		this.audit.recordAs(account.getUsername(), AuditCategory.PASSWORD, "Set their password with a one-time link",
				account.getUsername());
		return Outcome.done();
	}

	/**
	 * Changes the signed-in person's own password, given their current one.
	 * @throws NotFoundException if their account has gone
	 */
	@Transactional
	public Outcome changeOwn(long userId, String currentPassword, String newPassword) {
		UserAccount account = this.accounts.findById(userId).orElseThrow(() -> new NotFoundException("User " + userId));
		if (currentPassword == null || !this.encoder.matches(currentPassword, account.getPasswordHash())) {
			return new Outcome(Optional.empty(), true, PasswordLinkState.VALID);
		}
		Optional<PasswordPolicy.Problem> problem = PasswordPolicy.check(newPassword, account.getUsername(),
				account.getDisplayName());
		if (problem.isPresent()) {
			return new Outcome(problem, false, PasswordLinkState.VALID);
		}
		account.setPasswordHash(this.encoder.encode(newPassword));
		this.audit.recordAs(account.getUsername(), AuditCategory.PASSWORD, "Changed their password",
				account.getUsername());
		return Outcome.done();
	}

	/**
	 * A hash nobody can sign in with: what a new account has until its person sets a
	 * password with a link.
	 */
	String unusableHash() {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		return this.encoder.encode(Base64.getEncoder().encodeToString(bytes));
	}

	private static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.isAuthenticated()) ? authentication.getName()
				: AuditLog.SYSTEM;
	}

	private Optional<PasswordLink> find(String token) {
		if (token == null || !TOKEN.matcher(token).matches()) {
			return Optional.empty();
		}
		return this.links.findByTokenHash(hash(token));
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
