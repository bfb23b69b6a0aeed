package org.waymark.demo;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo data (DESIGN.md, "Demo data") at start-up when
 * {@code waymark.demo-data.enabled} is true, as it is for the embedded H2 default. It
 * runs once per database: if the plan is already there it does nothing, so restarts never
 * duplicate it and a database someone has been using is never touched. Everything is
 * saved in one transaction, so a failure leaves no half-loaded plan.
 */
@Component
@ConditionalOnBooleanProperty("waymark.demo-data.enabled")
class DemoDataLoader implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(DemoDataLoader.class);

	private final EntityManager entityManager;

	private final TransactionTemplate transactions;

	private final PasswordEncoder passwordEncoder;

	DemoDataLoader(EntityManagerFactory entityManagerFactory, PlatformTransactionManager transactionManager,
			PasswordEncoder passwordEncoder) {
		this.entityManager = SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory);
		this.transactions = new TransactionTemplate(transactionManager);
		this.passwordEncoder = passwordEncoder;
	}

	@Override
	public void run(ApplicationArguments args) {
		load();
	}

	/**
	 * Loads the demo data unless it is already there.
	 * @return whether anything was loaded
	 */
	boolean load() {
		Boolean loaded = this.transactions.execute((status) -> {
			if (alreadyLoaded()) {
				return false;
			}
			DemoPlan.Cypp cypp = DemoPlan.load(this.entityManager);
			// Risks before reports: programme 5's report names its key risk.
			DemoRisks.load(this.entityManager, cypp);
			DemoReports.load(this.entityManager, cypp);
			DemoExecutiveSummary.load(this.entityManager, cypp);
			DemoActionPlan.load(this.entityManager, cypp);
			DemoScrutiny.load(this.entityManager, cypp);
			DemoUsers.load(this.entityManager, this.passwordEncoder, cypp);
			return true;
		});
		if (Boolean.TRUE.equals(loaded)) {
			logger.info("Demo data: loaded the Somerset {} and its demo users (passwords in the README)",
					DemoPlan.SHORT_NAME);
		}
		else {
			logger.info("Demo data: plan '{}' is already in the database; nothing loaded", DemoPlan.SHORT_NAME);
		}
		return Boolean.TRUE.equals(loaded);
	}

	private boolean alreadyLoaded() {
		return this.entityManager.createQuery("select count(p) from Plan p where p.shortName = :shortName", Long.class)
			.setParameter("shortName", DemoPlan.SHORT_NAME)
			.getSingleResult() > 0;
	}

}
