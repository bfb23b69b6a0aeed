package org.waymark.measure;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.waymark.measure.MeasurePage.AssessedAmounts;
import org.waymark.measure.MeasurePage.HistoryRow;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.programme.ProgrammeQueries;
import org.waymark.shared.FormattedText;
import org.waymark.shared.NotFoundException;
import org.waymark.user.AccessPolicy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The measure pages: one measure with its history, and a programme's measures. Everyone
 * signed in may read them; only published values are shown.
 */
@Service
@Transactional(readOnly = true)
public class MeasurePages {

	private final MeasureRepository measures;

	private final ProgrammeQueries programmes;

	private final AccessPolicy access;

	MeasurePages(MeasureRepository measures, ProgrammeQueries programmes, AccessPolicy access) {
		this.measures = measures;
		this.programmes = programmes;
		this.access = access;
	}

	/**
	 * A measure's page, in two statements however many values it has.
	 * @throws NotFoundException if there is no such measure
	 */
	public MeasurePage page(long measureId, Authentication reader) {
		Measure measure = this.measures.findForPage(measureId)
			.orElseThrow(() -> new NotFoundException("Measure " + measureId));
		MeasureHistory history = new MeasureHistory(measure, this.measures.findPublishedValues(measureId));
		MeasureUnit unit = measure.getUnit();
		List<MeasureComparator> comparators = sorted(measure);

		List<HistoryRow> rows = new ArrayList<>();
		for (int i = 0; i < history.values().size(); i++) {
			rows.add(row(history.values().get(i), history.directionTo(i), unit));
		}
		MeasureValue latestFigure = history.latestFigure();
		MeasureValue previousFigure = history.previousFigure();
		TargetAssessment assessment = history.assessment();
		MeasureChart chart = MeasureChart.of(
				history.figures()
					.stream()
					.map((v) -> new MeasureChart.Figure(v.getPeriodLabel(), v.getPeriodEnd(), v.getNumericValue()))
					.toList(),
				(unit == MeasureUnit.NARRATIVE) ? null : measure.getTargetValue(),
				comparators.stream()
					.filter((c) -> c.getValue() != null)
					.map((c) -> new MeasureChart.Benchmark(c.getLabel(), c.getValue()))
					.toList(),
				unit);
		ImprovementProgramme programme = measure.getProgramme();
		return new MeasurePage(measure.getId(), programme.getId(), programme.getNumber(),
				programme.getPlan().programmeTermCapitalised(), programme.label(), programme.getTitle(),
				measure.getHeading(), measure.getName(), unit, measure.getPolarity(), measure.getDecimalPlaces(),
				measure.getTargetText(), MeasureAmount.of(measure.getTargetValue(), unit),
				comparators.stream().map(MeasureComparison::of).toList(), measure.getFrequency(),
				measure.getDataSource(), history.direction(),
				(previousFigure != null) ? row(previousFigure, null, unit) : null,
				(latestFigure != null) ? row(latestFigure, null, unit) : null, assessment,
				AssessedAmounts.of(assessment, unit), assessment.assessed() ? latestFigure.getPeriodLabel() : null,
				chart, List.copyOf(rows), this.access.canEditProgramme(reader, programme.getId()));
	}

	/**
	 * A programme's measures grouped by heading, in three statements however many
	 * measures and values it has.
	 * @throws NotFoundException if there is no such programme
	 */
	public ProgrammeMeasures programmeMeasures(long programmeId, Authentication reader) {
		ImprovementProgramme programme = this.programmes.programme(programmeId);
		List<Measure> measures = this.measures.findWithComparators(programmeId);
		Map<Long, List<MeasureValue>> values = this.measures.findValuesOfProgramme(programmeId)
			.stream()
			.collect(Collectors.groupingBy((v) -> v.getMeasure().getId()));
		Map<String, List<ProgrammeMeasures.Row>> byHeading = new LinkedHashMap<>();
		for (Measure measure : measures) {
			MeasureHistory history = new MeasureHistory(measure, values.getOrDefault(measure.getId(), List.of()));
			byHeading.computeIfAbsent(measure.getHeading(), (heading) -> new ArrayList<>())
				.add(new ProgrammeMeasures.Row(measure.getId(), measure.getName(), ReportedValue.of(history.latest()),
						history.direction(), history.assessment().rating()));
		}
		return new ProgrammeMeasures(programme.getId(), programme.getNumber(), programme.label(), programme.getTitle(),
				this.access.canEditProgramme(reader, programmeId),
				byHeading.entrySet()
					.stream()
					.map((e) -> new ProgrammeMeasures.Group(e.getKey(), List.copyOf(e.getValue())))
					.toList());
	}

	private static HistoryRow row(MeasureValue value, DirectionOfTravel direction, MeasureUnit unit) {
		return new HistoryRow(value.getPeriodLabel(), FormattedText.of(value.getReportedText()),
				MeasureAmount.of(value.getNumericValue(), unit), value.getDataStatus(), direction);
	}

	static List<MeasureComparator> sorted(Measure measure) {
		return measure.getComparators()
			.stream()
			.sorted(Comparator.comparingInt(MeasureComparator::getPosition))
			.toList();
	}

}
