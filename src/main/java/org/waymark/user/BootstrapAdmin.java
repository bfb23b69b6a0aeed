package org.waymark.user;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.audit.AuditCategory;
import org.waymark.audit.AuditLog;

import java.util.Set;

/**
 * The first admin of a new installation: when {@code waymark.bootstrap-admin.email} is
 * set and there are no accounts at all, creates an admin with that email address and
 * writes a one-time link to set their password to the log. Runs after the demo data, so
 * an installation with demo users is left alone.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class BootstrapAdmin implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(BootstrapAdmin.class);

	private final UserAccountRepository accounts;

	private final Passwords passwords;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	private final String email;

	private final String baseUrl;

	BootstrapAdmin(UserAccountRepository accounts, Passwords passwords, AuditLog audit,
			TransactionTemplate transactions, @Value("${waymark.bootstrap-admin.email:}") String email,
			@Value("${waymark.base-url:http://localhost:8080}") String baseUrl) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.audit = audit;
		this.transactions = transactions;
		this.email = email;
		this.baseUrl = baseUrl;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.email == null || this.email.isBlank()) {
			return;
		}
		Passwords.IssuedLink link = this.transactions.execute((tx) -> {
			if (this.accounts.count() > 0) {
				return null;
			}
			UserAccount admin = new UserAccount(this.email.strip(), "Administrator", this.passwords.unusableHash(),
					Set.of(Role.ADMIN));
			this.accounts.saveAndFlush(admin);
			this.audit.record(AuditCategory.USER, "Created the first admin account at start-up", admin.getUsername());
			return this.passwords.issueLink(admin.getId(), this.baseUrl);
		});
		if (link != null && !link.emailed()) {
			logger.warn(
					"Created the first admin, {}. Open this link to set their password (it works once, until {}): {}{}",
					link.email(), link.expiresAt(), this.baseUrl, link.path());
		}
		else if (link != null) {
			logger.warn("Created the first admin, {}, and emailed them a link to set their password", link.email());
		}
	}

}
