package org.waymark.report;

import org.junit.jupiter.api.Test;
import org.waymark.measure.DataStatus;
import org.waymark.report.ReportAuditTrail.Change;
import org.waymark.report.ReportAuditTrail.ChangeSet;
import org.waymark.report.ReportAuditTrail.ReportFields;
import org.waymark.report.ReportAuditTrail.RowFields;
import org.waymark.report.ReportAuditTrail.SectionFields;
import org.waymark.report.ReportAuditTrail.ValueFields;
import org.waymark.report.ReportSnapshot.CaseStudyEntry;
import org.waymark.report.ReportSnapshot.RiskEntry;
import org.waymark.report.ReportSnapshot.SectionText;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReportAuditTrailTest {

	private static final ReportFields DRAFT = new ReportFields(ReportState.DRAFT, null, null, null);

	@Test
	void rebuildsTheReportAfterEachChangeSet() {
		ReportAuditTrail trail = ReportAuditTrail.of(
				List.of(change(10, 1, DRAFT),
						change(12, 1, new ReportFields(ReportState.SUBMITTED, Rag.GREEN, "On track", null))),
				List.of(change(10, 5, new SectionFields(SectionType.RISKS, null, false)),
						change(11, 5, new SectionFields(SectionType.RISKS, "Funding", false))),
				List.of(), List.of(), List.of());

		assertThat(trail.changeSets()).extracting(ChangeSet::number).containsExactly(10, 11, 12);
		assertThat(trail.after(10).section(SectionType.RISKS).body()).isNull();
		assertThat(trail.after(11).section(SectionType.RISKS)).isEqualTo(new SectionText("Funding", false));
		assertThat(trail.after(11).state()).isEqualTo(ReportState.DRAFT);
		assertThat(trail.after(12).state()).isEqualTo(ReportState.SUBMITTED);
		assertThat(trail.after(12).status()).isEqualTo(Rag.GREEN);
		assertThat(trail.previous(11)).map(ChangeSet::number).contains(10);
		assertThat(trail.previous(10)).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> trail.after(99));
	}

	@Test
	void aValueChangeBelongsToTheReportOnlyWhileARowPointsAtItAndAfterTheReportExists() {
		ValueFields value = new ValueFields("Q3", new BigDecimal("4.0000"), null, DataStatus.REPORTED);
		ReportAuditTrail trail = ReportAuditTrail.of(List.of(change(20, 1, DRAFT)), List.of(),
				List.of(change(20, 7, new RowFields(100, 0, 300L, null, null))),
				List.of(change(15, 300, value), change(21, 300, value), change(22, 301, value)), List.of());

		assertThat(trail.changeSets()).as("before the report existed (15), and another row's value (22) left out")
			.extracting(ChangeSet::number)
			.containsExactly(20, 21);
		assertThat(trail.after(21).measures().get(7L).number()).isEqualByComparingTo("4");
		assertThat(trail.after(21).measures().get(7L).hasValue()).isTrue();
	}

	@Test
	void removedRowsLeaveTheReport() {
		CaseStudyEntry study = new CaseStudyEntry("Kooth", "Counselling", null, 0);
		ReportAuditTrail trail = ReportAuditTrail.of(List.of(change(30, 1, DRAFT)), List.of(), List.of(), List.of(),
				List.of(change(31, 9, study), new Change<>(changeSet(32), 9, true, study)));

		assertThat(trail.after(31).caseStudies()).containsKey(9L);
		assertThat(trail.after(32).caseStudies()).isEmpty();
	}

	@Test
	void risksNamedFromTheRegisterChangeTheRisksSectionEvenWhenItsTextDoesNot() {
		RiskEntry keyRisk = new RiskEntry(500, 0, "P4-1", "Schools cannot release staff", 4, 5);
		RiskEntry rescored = new RiskEntry(500, 0, "P4-1", "Schools cannot release staff", 3, 5);
		ReportAuditTrail trail = ReportAuditTrail.of(List.of(change(50, 1, DRAFT)),
				List.of(change(50, 5, new SectionFields(SectionType.RISKS, "Funding", false))), List.of(), List.of(),
				List.of(), List.of(change(51, 8, keyRisk), change(52, 8, rescored),
						new Change<>(changeSet(53), 8, true, rescored)));

		assertThat(trail.changeSets()).extracting(ChangeSet::number).containsExactly(50, 51, 52, 53);
		assertThat(trail.after(50).pickedRisks()).isEmpty();
		assertThat(trail.after(51).pickedRisks()).containsExactly(keyRisk);
		assertThat(trail.after(50).sectionDiffers(SectionType.RISKS, trail.after(51))).isTrue();
		assertThat(trail.after(50).sectionDiffers(SectionType.ISSUES, trail.after(51))).isFalse();
		assertThat(trail.after(51).sectionDiffers(SectionType.RISKS, trail.after(52))).as("re-scored").isTrue();
		assertThat(trail.after(53).pickedRisks()).isEmpty();
		assertThat(trail.after(50).sectionDiffers(SectionType.RISKS, trail.after(53))).isFalse();
	}

	@Test
	void aReportNeverAuditedHasNoHistory() {
		ReportAuditTrail trail = ReportAuditTrail.of(List.of(), List.of(),
				List.of(change(40, 7, new RowFields(100, 0, null, null, null))), List.of(), List.of());

		assertThat(trail.isEmpty()).isTrue();
	}

	private static <T> Change<T> change(int number, long id, T fields) {
		return new Change<>(changeSet(number), id, false, fields);
	}

	private static ChangeSet changeSet(int number) {
		return new ChangeSet(number, Instant.parse("2018-01-12T09:05:00Z").plusSeconds(number), "someone");
	}

}
