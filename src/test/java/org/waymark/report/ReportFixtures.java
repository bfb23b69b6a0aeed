package org.waymark.report;

import org.springframework.test.util.ReflectionTestUtils;
import org.waymark.measure.DataStatus;
import org.waymark.measure.DirectionOfTravel;
import org.waymark.measure.Measure;
import org.waymark.measure.MeasureUnit;
import org.waymark.measure.MeasureValue;
import org.waymark.measure.Polarity;
import org.waymark.plan.FinancialYear;
import org.waymark.plan.Plan;
import org.waymark.plan.ReportingPeriod;
import org.waymark.plan.ReportingQuarter;
import org.waymark.programme.DeliveryGroup;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.shared.BaseEntity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Entities shaped like the Somerset papers, with ids as if they had been saved. */
final class ReportFixtures {

	static final long PROGRAMME_ONE = 1L;

	static final Instant PUBLISHED_AT = Instant.parse("2018-01-26T10:00:00Z");

	final Plan plan = withId(new Plan("Children and Young People's Plan 2016\u20132019", "CYPP",
			new FinancialYear(2016), new FinancialYear(2018)), 1L);

	final ImprovementProgramme programmeOne = withId(
			new ImprovementProgramme(this.plan, 1, "Supporting children, families and communities to be more resilient",
					withId(new DeliveryGroup("Early Help Strategic Commissioning Board", "Philippa Granthier",
							"Assistant Director, Commissioning & Performance"), 1L)),
			PROGRAMME_ONE);

	final ReportingPeriod q2 = withId(
			new ReportingPeriod(this.plan, ReportingQuarter.parse("2017/18 Q2"), LocalDate.of(2017, 10, 13)), 10L);

	final ReportingPeriod q3 = withId(
			new ReportingPeriod(this.plan, ReportingQuarter.parse("2017/18 Q3"), LocalDate.of(2018, 1, 12)), 11L);

	ReportFixtures() {
		this.programmeOne.setScrutinyChampions("Cllr. Josh Williams");
	}

	/** A draft with every part of the paper template filled in, some as nil returns. */
	HighlightReport draft(long id) {
		HighlightReport report = withId(new HighlightReport(this.programmeOne, this.q3), id);
		report.setStatus(Rag.GREEN, "The programme is on course to complete by March 2018.\n\n"
				+ "- Local Offer platform delayed\n- Charter mark not started");
		report.setStatusAsWritten(
				"This Programme is currently rated as being on track to meet target dates for all actions by March 2018");
		report.setReportDate(LocalDate.of(2018, 1, 12));
		report.section(SectionType.ACHIEVEMENTS)
			.write("- The West Somerset Opportunity Area plan is published.\n"
					+ "- Trustee Week gave a workshop for 34 prospective school governors.");
		report.section(SectionType.SLIPPAGE)
			.write("Work on the Inclusive Communities Charter mark has not yet commenced.");
		report.section(SectionType.NEXT_PERIOD).write("Key Cabinet decision awaited in January 2018.");
		report.section(SectionType.RISKS).markNilReturn();
		report.section(SectionType.ISSUES).write("The Charter Mark work is delayed by a vacancy.");
		report.section(SectionType.VARIANCES).markNilReturn();
		report.section(SectionType.DECISIONS_REQUIRED)
			.write("That the Somerset Children's Trust supports the progress of Programme 1.");
		return report;
	}

	HighlightReport submitted(long id) {
		HighlightReport report = draft(id);
		report.submit("lead@example.org", PUBLISHED_AT.minusSeconds(86400));
		return report;
	}

	HighlightReport published(long id) {
		HighlightReport report = submitted(id);
		report.publish("admin@example.org", PUBLISHED_AT);
		return report;
	}

	HighlightReport publishedIn(ReportingPeriod period, Rag status, long id) {
		HighlightReport report = withId(new HighlightReport(this.programmeOne, period), id);
		report.setStatus(status, "As reported");
		report.recordAsPublished(null, PUBLISHED_AT);
		return report;
	}

	/**
	 * "Number of visits to Somerset Choices Website": 42,760 now, 39,177 the quarter
	 * before.
	 */
	ReportMeasureRow visitsRow(HighlightReport report) {
		Measure measure = withId(new Measure(this.programmeOne, "Number of visits to Somerset Choices Website",
				MeasureUnit.COUNT, Polarity.HIGHER_IS_BETTER, 0), 50L);
		measure.setHeading("1. Provide information, advice, tools for families to help themselves");
		measure.setDecimalPlaces(0);
		MeasureValue current = withId(new MeasureValue(measure, "R12 months ending December 17",
				LocalDate.of(2017, 12, 31), new BigDecimal("42760"), "42,760"), 60L);
		MeasureValue previous = withId(new MeasureValue(measure, "R12 months ending September 17",
				LocalDate.of(2017, 9, 30), new BigDecimal("39177"), "39,177"), 61L);
		return withId(report.addMeasureRow(measure, current, previous), 70L);
	}

	/**
	 * "Infant mortality", with its England comparator and a lead's override of the
	 * direction.
	 */
	ReportMeasureRow infantMortalityRow(HighlightReport report) {
		Measure measure = withId(new Measure(this.programmeOne, "Infant mortality", MeasureUnit.RATE_PER_1000,
				Polarity.LOWER_IS_BETTER, 1), 51L);
		measure.setHeading("1. Provide information, advice, tools for families to help themselves");
		measure.addComparator("England average", new BigDecimal("3.9000"), "2014\u20132016");
		MeasureValue current = withId(new MeasureValue(measure, "2014\u20132016", LocalDate.of(2016, 12, 31),
				new BigDecimal("4.0"), "4 deaths per 1,000 live births (66 infants)"), 62L);
		MeasureValue previous = withId(new MeasureValue(measure, "2013\u20132015", LocalDate.of(2015, 12, 31),
				new BigDecimal("4.2"), "4.2 deaths per 1000 live births (70 infants)"), 63L);
		ReportMeasureRow row = withId(report.addMeasureRow(measure, current, previous), 71L);
		row.overrideDirection(DirectionOfTravel.NOT_COMPARABLE, "Not comparable, new assessment");
		return row;
	}

	/** "Number of Parents attending…": awaiting data this quarter. */
	ReportMeasureRow parentsRow(HighlightReport report) {
		Measure measure = withId(new Measure(this.programmeOne,
				"Number of Parents attending and completing targeted parenting programme", MeasureUnit.COUNT,
				Polarity.HIGHER_IS_BETTER, 2), 52L);
		measure.setHeading("2. Supporting parents in their role");
		MeasureValue current = withId(new MeasureValue(measure, null, null, null, null), 64L);
		current.setDataStatus(DataStatus.AWAITING_DATA);
		MeasureValue previous = withId(
				new MeasureValue(measure, "year to date", LocalDate.of(2017, 9, 30), new BigDecimal("390"), "390"),
				65L);
		return withId(report.addMeasureRow(measure, current, previous), 72L);
	}

	static <T extends BaseEntity> T withId(T entity, long id) {
		ReflectionTestUtils.setField(entity, "id", id);
		return entity;
	}

}
