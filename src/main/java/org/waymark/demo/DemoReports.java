package org.waymark.demo;

import jakarta.persistence.EntityManager;
import org.waymark.plan.ReportingPeriod;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.report.HighlightReport;
import org.waymark.report.Rag;
import org.waymark.report.ReportExemption;
import org.waymark.report.SectionType;
import org.waymark.risk.Risk;
import org.waymark.risk.RiskQueries.RiskChoice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The 2017/18 Q3 highlight reports of the March 2018 scrutiny pack, taken through the
 * same workflow a lead and the business manager would use: written as drafts, submitted
 * on their report dates, published when the pack was issued. Also Programme 6's exemption
 * for that quarter and the one fact held about a Q2 report.
 */
final class DemoReports {

	/**
	 * "Issued By Julian Gale ... 8 March 2018": the day the committee pack made the
	 * reports public.
	 */
	static final Instant PACK_ISSUED = Instant.parse("2018-03-08T09:00:00Z");

	static final LocalDate Q3_END = LocalDate.of(2017, 12, 31);

	static final LocalDate Q2_END = LocalDate.of(2017, 9, 30);

	/** Used where a cell gives a value without saying which period it describes. */
	static final String Q3_LABEL = "Q3 2017/18";

	static final String Q2_LABEL = "Q2 2017/18";

	static final String ON_TRACK = "This Programme is currently rated as being on track to meet target dates for all "
			+ "actions by March 2018";

	private DemoReports() {
	}

	static void load(EntityManager entityManager, DemoPlan.Cypp cypp) {
		Programme1Report.load(entityManager, cypp);
		Programme2Report.load(entityManager, cypp);
		Programme3Report.load(entityManager, cypp);
		Programme4Report.load(entityManager, cypp);
		Programme5Report.load(entityManager, cypp);
		Programme7Report.load(entityManager, cypp);

		// "... the seven Highlight Reports from each of the seven delivery groups; the
		// exception being
		// Programme 6 due to the OFSTED inspection" (covering report, 16 March 2018).
		entityManager.persist(new ReportExemption(cypp.programme(6), cypp.latestReported(),
				"No highlight report this quarter, due to the OFSTED inspection: the focus for this quarter has been "
						+ "preparation toward and the Ofsted inspection (the month long OFSTED single inspection of "
						+ "Children's Social Care)."));

		Programme2Report.loadPreviousQuarter(entityManager, cypp);
	}

	/** A draft report with its header and overall status filled in. */
	static HighlightReport draft(ImprovementProgramme programme, ReportingPeriod period, LocalDate reportDate,
			Rag status, String statusAsWritten, String reason) {
		HighlightReport report = new HighlightReport(programme, period);
		report.setReportDate(reportDate);
		report.setStatus(status, reason);
		report.setStatusAsWritten(statusAsWritten);
		return report;
	}

	static void write(HighlightReport report, SectionType type, String body) {
		report.section(type).write(body);
	}

	static void nilReturn(HighlightReport report, SectionType type) {
		report.section(type).markNilReturn();
	}

	/**
	 * Names the programme's key risk (the first on its register, loaded by
	 * {@link DemoRisks}) in the report's risks section, as the register has it now.
	 */
	static void nameKeyRisk(EntityManager entityManager, HighlightReport report) {
		Risk risk = entityManager
			.createQuery("select r from Risk r where r.programme = :programme order by r.position", Risk.class)
			.setParameter("programme", report.getProgramme())
			.setMaxResults(1)
			.getSingleResult();
		report.nameRisks(List.of(new RiskChoice(risk.getId(), risk.getReference(), risk.getTitle(),
				risk.score().orElse(null), null, risk.getStatus())));
	}

	/**
	 * Submits the report on the day it was dated and publishes it when the pack was
	 * issued; saving it saves its sections, measure rows and case studies with it.
	 */
	static HighlightReport submitAndPublish(EntityManager entityManager, HighlightReport report, String submittedBy,
			LocalDate submittedOn) {
		report.submit(submittedBy, submittedOn.atTime(9, 0).toInstant(ZoneOffset.UTC));
		report.publish(DemoUsers.ADMIN_USERNAME, PACK_ISSUED);
		entityManager.persist(report);
		return report;
	}

}
