package org.waymark.user;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

class PasswordLinkMailTest {

	private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	PasswordLinkMailTest() {
		this.messages.setBasename("messages");
		this.messages.setDefaultEncoding("UTF-8");
	}

	@Test
	void withoutAMailServerNothingCanBeSent() {
		PasswordLinkMail mail = new PasswordLinkMail(
				new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), this.messages,
				"waymark@council.gov.uk");
		assertThat(mail.isAvailable()).isFalse();
	}

	@Test
	void sendsTheLinkToThePersonFromTheConfiguredAddress() {
		JavaMailSender sender = mock(JavaMailSender.class);
		PasswordLinkMail mail = new PasswordLinkMail(
				new StaticListableBeanFactory(Map.of("mailSender", sender)).getBeanProvider(JavaMailSender.class),
				this.messages, "waymark@council.gov.uk");
		assertThat(mail.isAvailable()).isTrue();

		mail.send("nia@council.gov.uk", "Nia Newlead", "https://waymark.council.gov.uk/password/set/abc",
				Instant.parse("2026-11-30T10:15:00Z"));

		ArgumentCaptor<SimpleMailMessage> sent = ArgumentCaptor.forClass(SimpleMailMessage.class);
		verify(sender).send(sent.capture());
		assertThat(sent.getValue().getTo()).containsExactly("nia@council.gov.uk");
		assertThat(sent.getValue().getFrom()).isEqualTo("waymark@council.gov.uk");
		assertThat(sent.getValue().getSubject()).isEqualTo("Set your Waymark password");
		assertThat(sent.getValue().getText()).contains("Hello Nia Newlead")
			.contains("https://waymark.council.gov.uk/password/set/abc")
			.contains("30 November 2026 at 10:15am");
	}

}
