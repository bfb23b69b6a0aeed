package org.waymark.user;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.waymark.shared.DisplayDates;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Emails a "set your password" link when a mail server is configured (Spring Boot makes a
 * {@link JavaMailSender} when {@code spring.mail.host} is set); without one, the admin is
 * shown the link to pass on instead.
 */
@Component
class PasswordLinkMail {

	private final ObjectProvider<JavaMailSender> mailSender;

	private final MessageSource messages;

	private final String from;

	PasswordLinkMail(ObjectProvider<JavaMailSender> mailSender, MessageSource messages,
			@Value("${waymark.mail.from:waymark@localhost}") String from) {
		this.mailSender = mailSender;
		this.messages = messages;
		this.from = from;
	}

	boolean isAvailable() {
		return this.mailSender.getIfAvailable() != null;
	}

	/** Sends the link; Spring's MailException if the server refuses it. */
	void send(String to, String displayName, String url, Instant expiresAt) {
		JavaMailSender sender = this.mailSender.getObject();
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(to);
		String expires = DisplayDates.format(expiresAt, ZoneId.of("Europe/London"));
		message.setSubject(this.messages.getMessage("password.mail.subject", null, LocaleContextHolder.getLocale()));
		message.setText(this.messages.getMessage("password.mail.body", new Object[] { displayName, url, expires },
				LocaleContextHolder.getLocale()));
		sender.send(message);
	}

}
