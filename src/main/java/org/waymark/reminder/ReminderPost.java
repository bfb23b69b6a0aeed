package org.waymark.reminder;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.audit.AuditCategory;
import org.waymark.audit.AuditLog;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * Sends a reminder through the configured mail server, or, with none configured, lists it
 * in the application instead of failing; either way it is kept, with what became of it,
 * and written in the audit log. Spring Boot makes a {@link JavaMailSender} only when
 * {@code spring.mail.host} is set.
 */
@Component
class ReminderPost {

	private static final Logger logger = LoggerFactory.getLogger(ReminderPost.class);

	private final ObjectProvider<JavaMailSender> mailSender;

	private final ReminderRepository reminders;

	private final ReminderLetters letters;

	private final AuditLog audit;

	private final Clock clock;

	private final String from;

	ReminderPost(ObjectProvider<JavaMailSender> mailSender, ReminderRepository reminders, ReminderLetters letters,
			AuditLog audit, Clock clock, @Value("${waymark.mail.from:waymark@localhost}") String from) {
		this.mailSender = mailSender;
		this.reminders = reminders;
		this.letters = letters;
		this.audit = audit;
		this.clock = clock;
		this.from = from;
	}

	/** Whether a mail server is configured, so that reminders go by email. */
	boolean mailConfigured() {
		return this.mailSender.getIfAvailable() != null;
	}

	/**
	 * Sends (or lists) the letter and keeps it, in a transaction of its own: a reminder
	 * that went out stays recorded whatever happens to the next one.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Reminder deliver(Letter letter) {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		ReminderOutcome outcome;
		String failure = null;
		if (sender == null) {
			outcome = ReminderOutcome.LISTED;
		}
		else {
			try {
				sender.send(message(sender, letter));
				outcome = ReminderOutcome.SENT;
			}
			catch (MailException | MessagingException ex) {
				logger.warn("Could not send a {} reminder to {}: {}", letter.kind(), letter.recipientEmail(),
						ex.getMessage());
				outcome = ReminderOutcome.FAILED;
				failure = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
			}
		}
		Reminder reminder = this.reminders
			.save(new Reminder(letter, this.clock.instant(), requester(), outcome, failure));
		this.audit.record(AuditCategory.REMINDER, this.letters.auditSummary(letter, outcome), letter.auditSubject());
		return reminder;
	}

	private MimeMessage message(JavaMailSender sender, Letter letter) throws MessagingException {
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
		helper.setFrom(this.from);
		helper.setTo(letter.recipientEmail());
		helper.setSubject(letter.subject());
		helper.setText(letter.body());
		return message;
	}

	private static String requester() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.isAuthenticated()) ? authentication.getName()
				: AuditLog.SYSTEM;
	}

}
