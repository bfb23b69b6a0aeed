package org.waymark.dashboard;

import org.waymark.action.Brag;
import org.waymark.dashboard.PlanDashboard.Period;
import org.waymark.dashboard.RagView.ProgrammeRef;
import org.waymark.measure.DirectionOfTravel;
import org.waymark.measure.MeasureAmount;
import org.waymark.measure.TargetRating;
import org.waymark.report.Rag;
import org.waymark.report.StatusTrend;
import org.waymark.risk.RiskBand;
import org.waymark.risk.RiskMovement;
import org.waymark.risk.RiskScore;

import java.util.List;

/**
 * What changed in a plan, or in one of its programmes, between two quarters: each
 * programme's status, the measures of its reports' tables, its actions' BRAG ratings and
 * its risks' scores. The rules for what counts as a change are {@link QuarterChanges}'.
 *
 * @param programmeTerm what the plan calls a programme, lower case: "priority"
 * @param programmeTermCapitalised the same capitalised, "Priority", for the filter
 * @param from the earlier quarter
 * @param to the later quarter
 * @param periods the quarters that may be chosen, in order
 * @param programmeOptions the plan's programmes, for choosing one
 * @param programme the programme compared, or null for the whole plan
 * @param programmes each programme's changes, in programme order
 * @param planWideRisks the plan-wide (corporate) risks that moved, when the whole plan is
 * compared
 * @param planWideRisksUnchanged how many scored plan-wide risks did not move
 * @param totals the changes counted across what is shown
 * @param risksAsAt the days the risks' scores are read at: the end of each quarter, or
 * today for a quarter still running
 */
public record QuarterComparison(long planId, String planTitle, String programmeTerm, String programmeTermCapitalised,
		Period from, Period to, List<PeriodOption> periods, List<ProgrammeRef> programmeOptions, ProgrammeRef programme,
		List<ProgrammeChanges> programmes, List<RiskChange> planWideRisks, int planWideRisksUnchanged, Totals totals,
		RisksAsAt risksAsAt) {

	/**
	 * Whether the same quarter was chosen at both ends, so there is nothing to compare.
	 */
	public boolean sameQuarter() {
		return this.from.id() == this.to.id();
	}

	/**
	 * A quarter that may be chosen.
	 *
	 * @param published whether anything was published for it
	 */
	public record PeriodOption(long id, String longLabel, boolean published) {
	}

	/** The days the risks' scores are read at, as shown on the page. */
	public record RisksAsAt(String from, String to) {
	}

	/**
	 * One programme's changes.
	 *
	 * @param actions the actions whose rating or lateness changed, or that came or went
	 * @param actionsUnchanged how many actions kept their rating and lateness
	 * @param measures the measures whose figure, direction or rating changed, or that are
	 * in only one quarter's table
	 * @param measuresUnchanged how many measures are in both tables unchanged
	 * @param risks the scored risks that moved, or were first scored
	 * @param risksUnchanged how many scored risks did not move
	 */
	public record ProgrammeChanges(ProgrammeRef programme, StatusChange status, boolean measuresCompared,
			List<MeasureChange> measures, int measuresUnchanged, List<ActionChange> actions, int actionsUnchanged,
			List<RiskChange> risks, int risksUnchanged) {

		/** Whether anything at all changed for the programme. */
		public boolean nothingChanged() {
			return !this.status.changed() && this.measures.isEmpty() && this.actions.isEmpty() && this.risks.isEmpty();
		}

	}

	/**
	 * The programme's status in each quarter, as each view of that quarter shows it.
	 *
	 * @param before null when nothing is shown for the earlier quarter
	 * @param after null when nothing is shown for the later quarter
	 * @param trend how it moved, or null when there is no later status
	 * @param reasonAfter the reason given in the later quarter, or null
	 * @param reportBefore the report shown for the earlier quarter, or null
	 * @param reportAfter the report shown for the later quarter, or null
	 */
	public record StatusChange(Rag before, Rag after, StatusTrend trend, String reasonAfter, Long reportBefore,
			Long reportAfter) {

		public boolean changed() {
			return this.before != this.after;
		}

	}

	/**
	 * A measure in either quarter's table.
	 *
	 * @param before the figure in the earlier quarter's table, null when not in it or
	 * blank there
	 * @param after the figure in the later quarter's table, null when not in it or blank
	 * there
	 * @param direction the direction of travel from the earlier figure to the later
	 * @param ratingBefore the earlier figure against the target
	 * @param ratingAfter the later figure against the target
	 */
	public record MeasureChange(long measureId, String name, Figure before, Figure after, DirectionOfTravel direction,
			TargetRating ratingBefore, TargetRating ratingAfter) {
	}

	/**
	 * A figure in a quarter's measures table.
	 *
	 * @param amount the number in the measure's unit, or null for a figure given only in
	 * words
	 * @param text the figure as the report gave it
	 * @param period the period the figure describes ("December 2017")
	 */
	public record Figure(MeasureAmount amount, String text, String period) {
	}

	/**
	 * An action in either quarter, matched to itself or to the action it was carried
	 * forward from.
	 *
	 * @param before its rating in the earlier quarter, null when unrated or not there
	 * @param after its rating in the later quarter, null when unrated or not there
	 * @param presence whether it is in both quarters or only one
	 */
	public record ActionChange(long actionId, long actionPlanId, int objectiveNumber, String description,
			Presence presence, Brag before, Brag after, boolean overdueBefore, boolean overdueAfter) {
	}

	/** Whether a thing is in both quarters compared or in only one of them. */
	public enum Presence {

		BOTH, ONLY_BEFORE, ONLY_AFTER

	}

	/**
	 * A scored risk whose score moved between the two quarters' ends.
	 *
	 * @param before null when not yet scored at the earlier quarter's end
	 * @param movement how it moved
	 */
	public record RiskChange(long riskId, String reference, String title, boolean open, RiskScore before,
			RiskBand bandBefore, RiskScore after, RiskBand bandAfter, RiskMovement movement) {
	}

	/** The changes counted across the programmes shown (and the plan-wide risks). */
	public record Totals(int statusesImproved, int statusesDeclined, int measuresImproved, int measuresDeteriorated,
			int actionsChanged, int risksUp, int risksDown) {
	}

}
