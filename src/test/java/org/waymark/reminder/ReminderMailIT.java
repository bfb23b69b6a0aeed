package org.waymark.reminder;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.reminder.ReminderPlans.TestPlan;
import org.waymark.support.PostgresIntegrationTest;
import org.waymark.user.TestUsers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Reminders by email, caught by an SMTP server inside the test (GreenMail): who gets one,
 * what it says, and that none is sent twice. Each test opens a quarter of a plan of its
 * own ({@link ReminderPlans}) and closes it at the end.
 */
@PostgresIntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "waymark.demo-data.enabled=true")
class ReminderMailIT {

	private static final int SMTP_PORT = freePort();

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(
			new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
		registry.add("waymark.mail.from", () -> "reminders@waymark.example.org");
		registry.add("waymark.base-url", () -> "https://waymark.example.org/");
	}

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private Reminders reminders;

	@Autowired
	private MockMvc mvc;

	private ReminderPlans plans;

	private TestPlan plan;

	@BeforeEach
	void makePlan() {
		this.plans = new ReminderPlans(this.entityManager, this.transactions, this.jdbc, this.events);
		this.plan = this.plans.create();
	}

	@AfterEach
	void closeQuarter() {
		this.plans.close(this.plan);
	}

	@Test
	void openingAQuarterEmailsEachEnabledLeadWhoseReportIsStillToCome() throws Exception {
		this.plans.open(this.plan);

		List<MimeMessage> toLead = messagesTo(this.plan.lead());
		assertThat(toLead).hasSize(1);
		MimeMessage message = toLead.get(0);
		assertThat(message.getFrom()[0].toString()).isEqualTo("reminders@waymark.example.org");
		assertThat(message.getSubject()).contains("Priority 1: Best start in life")
			.contains("Year 1 Q1 (April–June 2030)")
			.contains("15 July 2030");
		String body = (String) message.getContent();
		assertThat(body).contains("Dear " + this.plan.leadName())
			.contains("Priority 1: Best start in life")
			.contains("Year 1 Q1 (April–June 2030) of " + this.plan.title())
			.contains("by 15 July 2030")
			.contains("https://waymark.example.org/reports/mine");
		for (String nothingToWrite : this.plan.leadsWithNothingToWrite()) {
			assertThat(messagesTo(nothingToWrite)).as("email to %s", nothingToWrite).isEmpty();
		}
		assertThat(outcomes(this.plan.lead(), "QUARTER_OPENED")).containsExactly("SENT");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where category = 'REMINDER' and summary like ? and subject = ?",
				Long.class, "Reminder (quarter open) sent to " + this.plan.leadName() + "%", "Priority 1, 2030/31 Q1"))
			.isEqualTo(1);
	}

	@Test
	void theSameQuarterOpenedAgainDoesNotEmailTheLeadTwice() throws Exception {
		this.plans.open(this.plan);
		this.plans.open(this.plan);
		assertThat(this.reminders.remindOnOpening(this.plan.periodId())).isEmpty();

		assertThat(messagesTo(this.plan.lead())).hasSize(1);
		assertThat(outcomes(this.plan.lead(), "QUARTER_OPENED")).containsExactly("SENT");
	}

	@Test
	void theDailyJobRemindsLeadsOnceSevenDaysBeforeTheDueDate() throws Exception {
		this.plans.open(this.plan);

		this.reminders.remindDaily(ReminderPlans.DUE.minusDays(8));
		assertThat(outcomes(this.plan.lead(), "DUE_SOON")).as("eight days before").isEmpty();

		this.reminders.remindDaily(ReminderPlans.DUE.minusDays(7));
		this.reminders.remindDaily(ReminderPlans.DUE.minusDays(7));
		this.reminders.remindDaily(ReminderPlans.DUE.minusDays(3));

		assertThat(outcomes(this.plan.lead(), "DUE_SOON")).containsExactly("SENT");
		List<MimeMessage> toLead = messagesTo(this.plan.lead());
		assertThat(toLead).hasSize(2);
		MimeMessage reminder = toLead.get(1);
		assertThat(reminder.getSubject()).startsWith("Reminder:")
			.contains("Priority 1: Best start in life")
			.contains("Year 1 Q1 (April–June 2030)")
			.contains("15 July 2030");
		for (String nothingToWrite : this.plan.leadsWithNothingToWrite()) {
			assertThat(messagesTo(nothingToWrite)).as("email to %s", nothingToWrite).isEmpty();
		}
	}

	@Test
	void aReportPastItsDueDateIsNotifiedToTheAdminsOncePerProgramme() throws Exception {
		this.plans.open(this.plan);

		this.reminders.remindDaily(ReminderPlans.DUE);
		assertThat(messagesTo(this.plan.admin()).stream().filter(this::aboutThisPlan)).as("on the due date").isEmpty();

		this.reminders.remindDaily(ReminderPlans.DUE.plusDays(1));
		this.reminders.remindDaily(ReminderPlans.DUE.plusDays(2));

		// The daily run covers every open quarter: other plans' late reports (the demo
		// plan's, if loaded) are notified too, so only this plan's are counted.
		List<MimeMessage> toAdmin = messagesTo(this.plan.admin()).stream().filter(this::aboutThisPlan).toList();
		assertThat(toAdmin).hasSize(1);
		assertThat(toAdmin.get(0).getSubject()).startsWith("Overdue:")
			.contains("Priority 1: Best start in life")
			.contains("Year 1 Q1 (April–June 2030)")
			.contains("15 July 2030");
		assertThat((String) toAdmin.get(0).getContent()).contains(this.plan.leadName())
			.contains("https://waymark.example.org/returns");
		// The submitted and exempt priorities are not overdue.
		assertThat(this.jdbc.queryForList(
				"select programme_label from reminder where recipient_email = ? and period_id = ?", String.class,
				this.plan.admin(), this.plan.periodId()))
			.containsExactly("Priority 1: Best start in life");
	}

	@Test
	void theBusinessManagerChasesALateReturnEveryTimeAndTheReturnsPageSaysWhen() throws Exception {
		this.plans.open(this.plan);
		String chase = "/programmes/" + this.plan.firstProgrammeId() + "/periods/" + this.plan.periodId() + "/chase";

		for (int time = 0; time < 2; time++) {
			this.mvc.perform(post(chase).with(csrf()).with(TestUsers.signedInAs(TestUsers.admin())))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/returns"))
				.andExpect(flash().attribute("chased",
						new Chase(Chase.Result.SENT, "Priority 1: Best start in life", List.of(this.plan.leadName()))));
		}

		List<MimeMessage> toLead = messagesTo(this.plan.lead());
		assertThat(toLead).hasSize(3);
		assertThat(toLead.subList(1, 3)).allSatisfy((message) -> assertThat(message.getSubject()).startsWith("Chaser:")
			.contains("Priority 1: Best start in life"));
		assertThat(outcomes(this.plan.lead(), "CHASER")).containsExactly("SENT", "SENT");
		assertThat(this.jdbc.queryForList("select requested_by from reminder where recipient_email = ? and kind = ?",
				String.class, this.plan.lead(), "CHASER"))
			.containsOnly(TestUsers.admin().getUsername());
		Chase sent = new Chase(Chase.Result.SENT, "Priority 1: Best start in life", List.of(this.plan.leadName()));
		String returns = this.mvc
			.perform(get("/returns").flashAttr("chased", sent).with(TestUsers.signedInAs(TestUsers.admin())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(returns).contains("Last chased ")
			.contains("Chaser sent to " + this.plan.leadName() + " for Priority 1: Best start in life");
	}

	@Test
	void onlyAdminsMayChase() throws Exception {
		this.plans.open(this.plan);
		String chase = "/programmes/" + this.plan.firstProgrammeId() + "/periods/" + this.plan.periodId() + "/chase";

		this.mvc
			.perform(post(chase).with(csrf()).with(TestUsers.signedInAs(TestUsers.lead(this.plan.firstProgrammeId()))))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(chase).with(csrf()).with(TestUsers.signedInAs(TestUsers.executive())))
			.andExpect(status().isForbidden());

		assertThat(outcomes(this.plan.lead(), "CHASER")).isEmpty();
	}

	private List<MimeMessage> messagesTo(String email) {
		return Arrays.stream(smtp.getReceivedMessages()).filter((message) -> {
			try {
				return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
					.anyMatch((address) -> address.toString().equalsIgnoreCase(email));
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private boolean aboutThisPlan(MimeMessage message) {
		try {
			return ((String) message.getContent()).contains(" of " + this.plan.title() + " ");
		}
		catch (IOException | jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private List<String> outcomes(String email, String kind) {
		return this.jdbc.queryForList(
				"select outcome from reminder where recipient_email = ? and kind = ? and period_id = ? order by id",
				String.class, email, kind, this.plan.periodId());
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
