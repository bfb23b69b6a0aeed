package org.waymark.action.transfer;

import org.waymark.action.Action;
import org.waymark.action.ActionPlan;
import org.waymark.action.Brag;
import org.waymark.action.DeadlineText;
import org.waymark.action.Objective;
import org.waymark.action.Recommendation;
import org.waymark.action.SubObjective;
import org.waymark.shared.ContentFingerprint;
import org.waymark.shared.ImportOutcome;
import org.waymark.shared.RowProblem;
import org.waymark.shared.SpreadsheetRow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.waymark.action.transfer.ActionPlanColumns.ACTION;
import static org.waymark.action.transfer.ActionPlanColumns.ACTION_ID;
import static org.waymark.action.transfer.ActionPlanColumns.BRAG;
import static org.waymark.action.transfer.ActionPlanColumns.DEADLINE;
import static org.waymark.action.transfer.ActionPlanColumns.KPIS;
import static org.waymark.action.transfer.ActionPlanColumns.OBJECTIVE_LEAD;
import static org.waymark.action.transfer.ActionPlanColumns.OBJECTIVE_NUMBER;
import static org.waymark.action.transfer.ActionPlanColumns.OBJECTIVE_TITLE;
import static org.waymark.action.transfer.ActionPlanColumns.OUTCOME;
import static org.waymark.action.transfer.ActionPlanColumns.OWNER;
import static org.waymark.action.transfer.ActionPlanColumns.RECOMMENDATIONS;
import static org.waymark.action.transfer.ActionPlanColumns.SUB_OBJECTIVE_LEAD;
import static org.waymark.action.transfer.ActionPlanColumns.SUB_OBJECTIVE_LETTER;
import static org.waymark.action.transfer.ActionPlanColumns.SUB_OBJECTIVE_TITLE;

/**
 * Checks the rows of an imported file against an action plan as it is, and applies them.
 * The rules (docs/import-formats.md):
 * <ul>
 * <li>A row with an Action ID updates that action, which must be in this plan and in the
 * same objective (import does not move actions between objectives); a row without one
 * adds an action. Actions not in the file are left as they are.</li>
 * <li>Objectives and sub-objectives are found by number and letter, and made when the
 * plan has none; their title and lead come from the first row that gives them, and a
 * blank cell leaves them as they are. A later row giving a different title is an
 * error.</li>
 * <li>For an action, every column the file has is its value: a blank Deadline, BRAG,
 * owner, KPI, outcome or Recommendations cell clears it. A column the file leaves out
 * leaves that field alone.</li>
 * <li>Rows give the actions' order within each objective; actions not in the file follow
 * them in their present order.</li>
 * <li>Text is compared with surrounding spaces removed and line endings made the same, so
 * that a spreadsheet tool's re-saving is not a change.</li>
 * </ul>
 * Built for one check on entities loaded in the caller's transaction.
 */
final class ActionPlanImportCheck {

	private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,6}");

	private static final Pattern ID = Pattern.compile("\\d{1,18}");

	private static final Pattern NUMBER_SEPARATORS = Pattern.compile("\\s*(?:,|&|\\band\\b)\\s*",
			Pattern.CASE_INSENSITIVE);

	private static final int MAX_LETTER_LENGTH = 4;

	private final ActionPlan plan;

	private final Map<String, Map<Integer, Recommendation>> recommendations = new TreeMap<>(
			String.CASE_INSENSITIVE_ORDER);

	private final Map<Long, Action> actionsById = new HashMap<>();

	private final Map<Integer, Objective> objectivesByNumber = new HashMap<>();

	private final List<Resolved> resolved = new ArrayList<>();

	/** Title and lead for each objective number, from the first row that gives them. */
	private final Map<Integer, Heading> objectiveHeadings = new LinkedHashMap<>();

	/** The same for each sub-objective, keyed "number:LETTER". */
	private final Map<String, Heading> subObjectiveHeadings = new LinkedHashMap<>();

	ActionPlanImportCheck(ActionPlan plan, List<Recommendation> recommendations) {
		this.plan = plan;
		for (Recommendation recommendation : recommendations) {
			this.recommendations.computeIfAbsent(recommendation.getSource(), (source) -> new TreeMap<>())
				.put(recommendation.getNumber(), recommendation);
		}
		for (Objective objective : plan.getObjectives()) {
			this.objectivesByNumber.putIfAbsent(objective.getNumber(), objective);
			for (Action action : objective.getActions()) {
				this.actionsById.put(action.getId(), action);
			}
		}
	}

	/** Checks the rows and says what confirming them would do. */
	ActionPlanPreview preview(List<SpreadsheetRow> rows) {
		this.resolved.clear();
		this.objectiveHeadings.clear();
		this.subObjectiveHeadings.clear();
		Map<Long, Integer> seenIds = new HashMap<>();
		for (SpreadsheetRow row : rows) {
			this.resolved.add(resolve(row, seenIds));
		}
		Map<Resolved, Boolean> moved = movedRows();
		List<ActionPlanPreview.Row> previewRows = new ArrayList<>();
		for (Resolved row : this.resolved) {
			ImportOutcome outcome;
			boolean isMoved = moved.getOrDefault(row, false);
			if (!row.problems.isEmpty()) {
				outcome = ImportOutcome.ERROR;
			}
			else if (row.existing == null) {
				outcome = ImportOutcome.NEW;
			}
			else if (!row.changed.isEmpty() || isMoved) {
				outcome = ImportOutcome.CHANGED;
			}
			else {
				outcome = ImportOutcome.NO_CHANGE;
			}
			previewRows.add(new ActionPlanPreview.Row(row.row.number(), outcome, row.row.get(ACTION_ID), row.place(),
					row.row.get(ACTION), row.changed, isMoved && outcome != ImportOutcome.ERROR, row.problems));
		}
		return new ActionPlanPreview(this.plan.getId(), this.plan.getTitle(), this.plan.financialYear().label(),
				this.plan.getProgramme().getId(), previewRows, fingerprint(this.plan));
	}

	/**
	 * Applies the rows last previewed, which must have had no errors.
	 */
	void apply() {
		if (this.resolved.stream().anyMatch((row) -> !row.problems.isEmpty())) {
			throw new IllegalStateException("Rows with errors cannot be applied");
		}
		Map<Integer, List<Action>> fileOrder = new LinkedHashMap<>();
		Map<String, SubObjective> subObjectives = new HashMap<>();
		for (Resolved row : this.resolved) {
			Objective objective = objective(row.objectiveNumber);
			SubObjective subObjective = (row.letter != null) ? subObjective(objective, row, subObjectives) : null;
			Action action = row.existing;
			if (action == null) {
				action = (subObjective != null) ? subObjective.addAction(normalised(row.row.get(ACTION)))
						: objective.addAction(normalised(row.row.get(ACTION)));
			}
			else {
				if (row.row.has(SUB_OBJECTIVE_LETTER) && !Objects.equals(action.getSubObjective(), subObjective)) {
					action.setSubObjective(subObjective);
				}
				if (!same(action.getDescription(), row.row.get(ACTION))) {
					action.setDescription(normalised(row.row.get(ACTION)));
				}
			}
			if (row.row.has(OWNER) && !same(action.getOwners(), row.row.get(OWNER))) {
				action.setOwners(blankToNull(row.row.get(OWNER)));
			}
			if (row.row.has(KPIS) && !same(action.getKpiText(), row.row.get(KPIS))) {
				action.setKpiText(blankToNull(row.row.get(KPIS)));
			}
			if (row.row.has(OUTCOME) && !same(action.getExpectedOutcome(), row.row.get(OUTCOME))) {
				action.setExpectedOutcome(blankToNull(row.row.get(OUTCOME)));
			}
			if (row.row.has(BRAG) && action.getBrag() != row.brag) {
				action.setBrag(row.brag);
			}
			if (row.row.has(DEADLINE) && !same(action.getDeadlineText(), row.deadline.asWritten())) {
				action.changeDeadline(row.deadline);
			}
			if (row.recommendations != null && !row.recommendations.equals(action.getRecommendations())) {
				action.getRecommendations().clear();
				action.getRecommendations().addAll(row.recommendations);
			}
			fileOrder.computeIfAbsent(row.objectiveNumber, (number) -> new ArrayList<>()).add(action);
		}
		fileOrder.forEach((number, actions) -> {
			List<Action> order = finalOrder(this.objectivesByNumber.get(number), actions);
			for (int position = 0; position < order.size(); position++) {
				if (order.get(position).getPosition() != position) {
					order.get(position).setPosition(position);
				}
			}
		});
	}

	/** The plan as it is, for telling whether it changed between preview and confirm. */
	static String fingerprint(ActionPlan plan) {
		List<Object> values = new ArrayList<>();
		for (Objective objective : plan.getObjectives()) {
			values.add(objective.getId());
			values.add(objective.getNumber());
			values.add(objective.getTitle());
			values.add(objective.getLead());
			for (SubObjective subObjective : objective.getSubObjectives()) {
				values.add(subObjective.getId());
				values.add(subObjective.getLetter());
				values.add(subObjective.getTitle());
				values.add(subObjective.getLead());
			}
			for (Action action : objective.getActions()) {
				values.add(action.getId());
				values.add(action.getVersion());
				values.add(action.getRecommendations()
					.stream()
					.map(Recommendation::getId)
					.sorted()
					.map(String::valueOf)
					.collect(Collectors.joining(",")));
			}
		}
		return ContentFingerprint.of(values.toArray());
	}

	/** "Ofsted 2017: 2, 3; JTAI 2018: 1", sources and numbers in order. */
	static String recommendationsText(Set<Recommendation> recommendations) {
		Map<String, TreeSet<Integer>> bySource = new TreeMap<>();
		for (Recommendation recommendation : recommendations) {
			bySource.computeIfAbsent(recommendation.getSource(), (source) -> new TreeSet<>())
				.add(recommendation.getNumber());
		}
		return bySource.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + ": "
					+ entry.getValue().stream().map(String::valueOf).collect(Collectors.joining(", ")))
			.collect(Collectors.joining("; "));
	}

	private Resolved resolve(SpreadsheetRow row, Map<Long, Integer> seenIds) {
		Resolved resolved = new Resolved(row);
		String id = row.get(ACTION_ID);
		if (!id.isEmpty()) {
			if (!ID.matcher(id).matches()) {
				resolved.problem(ACTION_ID, "import.actions.error.idNotNumber", id);
			}
			else {
				long actionId = Long.parseLong(id);
				Integer earlier = seenIds.putIfAbsent(actionId, row.number());
				resolved.existing = this.actionsById.get(actionId);
				if (resolved.existing == null) {
					resolved.problem(ACTION_ID, "import.actions.error.idNotInPlan", id);
				}
				else if (earlier != null) {
					resolved.problem(ACTION_ID, "import.actions.error.idTwice", id, earlier);
					resolved.existing = null;
				}
			}
		}
		String number = row.get(OBJECTIVE_NUMBER);
		if (number.isEmpty()) {
			resolved.problem(OBJECTIVE_NUMBER, "import.actions.error.objectiveMissing");
		}
		else if (!WHOLE_NUMBER.matcher(number).matches()) {
			resolved.problem(OBJECTIVE_NUMBER, "import.actions.error.objectiveNotNumber", number);
		}
		else {
			resolved.objectiveNumber = Integer.parseInt(number);
			objectiveHeading(resolved);
			if (resolved.existing != null && resolved.existing.getObjective().getNumber() != resolved.objectiveNumber) {
				resolved.problem(OBJECTIVE_NUMBER, "import.actions.error.objectiveMoved", id,
						resolved.existing.getObjective().getNumber());
			}
		}
		String letter = row.get(SUB_OBJECTIVE_LETTER);
		if (!letter.isEmpty()) {
			if (letter.length() > MAX_LETTER_LENGTH) {
				resolved.problem(SUB_OBJECTIVE_LETTER, "import.actions.error.letterTooLong", MAX_LETTER_LENGTH);
			}
			else {
				resolved.letter = letter;
				if (resolved.objectiveNumber > 0) {
					subObjectiveHeading(resolved);
				}
			}
		}
		else if (!row.get(SUB_OBJECTIVE_TITLE).isEmpty()) {
			resolved.problem(SUB_OBJECTIVE_LETTER, "import.actions.error.letterMissing");
		}
		if (row.get(ACTION).isEmpty()) {
			resolved.problem(ACTION, "import.actions.error.actionMissing");
		}
		resolved.deadline = DeadlineText.parse(row.get(DEADLINE));
		if (resolved.deadline.hasProblem()) {
			resolved.problem(DEADLINE, "import.actions.error.deadline", resolved.deadline.problem());
		}
		String brag = row.get(BRAG);
		if (!brag.isEmpty()) {
			resolved.brag = brag(brag);
			if (resolved.brag == null) {
				resolved.problem(BRAG, "import.actions.error.brag", brag);
			}
		}
		if (row.has(RECOMMENDATIONS)) {
			resolved.recommendations = recommendations(resolved, row.get(RECOMMENDATIONS));
		}
		if (resolved.existing != null) {
			changes(resolved);
		}
		return resolved;
	}

	private void objectiveHeading(Resolved row) {
		String title = row.row.get(OBJECTIVE_TITLE);
		String lead = row.row.get(OBJECTIVE_LEAD);
		Objective existing = this.objectivesByNumber.get(row.objectiveNumber);
		Heading heading = this.objectiveHeadings.get(row.objectiveNumber);
		if (heading == null) {
			heading = new Heading();
			this.objectiveHeadings.put(row.objectiveNumber, heading);
		}
		if (!title.isEmpty()) {
			if (heading.title == null) {
				heading.title = title;
				heading.titleRow = row.row.number();
				if (existing != null && !same(existing.getTitle(), title)) {
					row.changed.add(OBJECTIVE_TITLE);
				}
			}
			else if (!same(heading.title, title)) {
				row.problem(OBJECTIVE_TITLE, "import.actions.error.objectiveTitleDiffers", row.objectiveNumber,
						heading.titleRow);
			}
		}
		else if (existing == null && heading.title == null) {
			row.problem(OBJECTIVE_TITLE, "import.actions.error.objectiveTitleMissing", row.objectiveNumber);
		}
		if (!lead.isEmpty() && heading.lead == null) {
			heading.lead = lead;
			if (existing != null && !same(existing.getLead(), lead)) {
				row.changed.add(OBJECTIVE_LEAD);
			}
		}
	}

	private void subObjectiveHeading(Resolved row) {
		String key = row.subObjectiveKey();
		String title = row.row.get(SUB_OBJECTIVE_TITLE);
		String lead = row.row.get(SUB_OBJECTIVE_LEAD);
		SubObjective existing = existingSubObjective(row.objectiveNumber, row.letter);
		Heading heading = this.subObjectiveHeadings.get(key);
		if (heading == null) {
			heading = new Heading();
			this.subObjectiveHeadings.put(key, heading);
		}
		if (!title.isEmpty()) {
			if (heading.title == null) {
				heading.title = title;
				heading.titleRow = row.row.number();
				if (existing != null && !same(existing.getTitle(), title)) {
					row.changed.add(SUB_OBJECTIVE_TITLE);
				}
			}
			else if (!same(heading.title, title)) {
				row.problem(SUB_OBJECTIVE_TITLE, "import.actions.error.subObjectiveTitleDiffers", row.place(),
						heading.titleRow);
			}
		}
		else if (existing == null && heading.title == null) {
			row.problem(SUB_OBJECTIVE_TITLE, "import.actions.error.subObjectiveTitleMissing", row.place());
		}
		if (!lead.isEmpty() && heading.lead == null) {
			heading.lead = lead;
			if (existing != null && !same(existing.getLead(), lead)) {
				row.changed.add(SUB_OBJECTIVE_LEAD);
			}
		}
	}

	private Set<Recommendation> recommendations(Resolved row, String text) {
		Set<Recommendation> found = new LinkedHashSet<>();
		if (text.isEmpty()) {
			return found;
		}
		for (String part : text.split(";")) {
			String source;
			String numbers;
			int colon = part.lastIndexOf(':');
			if (colon >= 0) {
				source = part.substring(0, colon).strip();
				numbers = part.substring(colon + 1).strip();
			}
			else if (this.recommendations.size() == 1) {
				source = this.recommendations.keySet().iterator().next();
				numbers = part.strip();
			}
			else {
				row.problem(RECOMMENDATIONS, "import.actions.error.recommendationSource", part.strip());
				return null;
			}
			Map<Integer, Recommendation> ofSource = this.recommendations.get(source);
			if (ofSource == null) {
				row.problem(RECOMMENDATIONS, "import.actions.error.recommendationUnknownSource", source);
				return null;
			}
			for (String number : NUMBER_SEPARATORS.split(numbers)) {
				if (number.isEmpty()) {
					continue;
				}
				Recommendation recommendation = WHOLE_NUMBER.matcher(number).matches()
						? ofSource.get(Integer.parseInt(number)) : null;
				if (recommendation == null) {
					row.problem(RECOMMENDATIONS, "import.actions.error.recommendationUnknown", source, number);
					return null;
				}
				found.add(recommendation);
			}
		}
		return found;
	}

	private void changes(Resolved row) {
		Action action = row.existing;
		String currentLetter = (action.getSubObjective() != null) ? action.getSubObjective().getLetter() : null;
		if (row.row.has(SUB_OBJECTIVE_LETTER) && !sameLetter(currentLetter, row.letter)) {
			row.changed.add(SUB_OBJECTIVE_LETTER);
		}
		if (!same(action.getDescription(), row.row.get(ACTION))) {
			row.changed.add(ACTION);
		}
		if (row.row.has(OWNER) && !same(action.getOwners(), row.row.get(OWNER))) {
			row.changed.add(OWNER);
		}
		if (row.row.has(DEADLINE) && !same(action.getDeadlineText(), row.deadline.asWritten())) {
			row.changed.add(DEADLINE);
		}
		if (row.row.has(BRAG) && action.getBrag() != row.brag) {
			row.changed.add(BRAG);
		}
		if (row.row.has(KPIS) && !same(action.getKpiText(), row.row.get(KPIS))) {
			row.changed.add(KPIS);
		}
		if (row.row.has(OUTCOME) && !same(action.getExpectedOutcome(), row.row.get(OUTCOME))) {
			row.changed.add(OUTCOME);
		}
		if (row.recommendations != null && !row.recommendations.equals(action.getRecommendations())) {
			row.changed.add(RECOMMENDATIONS);
		}
	}

	/** Rows whose action would take another place in its objective's order. */
	private Map<Resolved, Boolean> movedRows() {
		Map<Resolved, Boolean> moved = new HashMap<>();
		Map<Integer, List<Resolved>> byObjective = new LinkedHashMap<>();
		for (Resolved row : this.resolved) {
			if (row.objectiveNumber > 0) {
				byObjective.computeIfAbsent(row.objectiveNumber, (number) -> new ArrayList<>()).add(row);
			}
		}
		byObjective.forEach((number, rows) -> {
			Objective objective = this.objectivesByNumber.get(number);
			if (objective == null) {
				return;
			}
			List<Action> now = sorted(objective.getActions());
			List<Action> inFile = rows.stream().map((row) -> row.existing).filter(Objects::nonNull).toList();
			List<Action> after = finalOrder(objective, inFile);
			// New actions are left out: adding actions does not move the others.
			for (Resolved row : rows) {
				if (row.existing != null) {
					moved.put(row, now.indexOf(row.existing) != after.indexOf(row.existing));
				}
			}
		});
		return moved;
	}

	/** The file's actions of an objective in file order, then the others as they are. */
	private static List<Action> finalOrder(Objective objective, List<Action> inFile) {
		List<Action> order = new ArrayList<>(inFile);
		if (objective != null) {
			for (Action action : sorted(objective.getActions())) {
				if (!order.contains(action)) {
					order.add(action);
				}
			}
		}
		return order;
	}

	private static List<Action> sorted(List<Action> actions) {
		return actions.stream().sorted(Comparator.comparingInt(Action::getPosition)).toList();
	}

	private Objective objective(int number) {
		Objective objective = this.objectivesByNumber.get(number);
		Heading heading = this.objectiveHeadings.get(number);
		if (objective == null) {
			objective = this.plan.addObjective(number, heading.title, heading.lead);
			this.objectivesByNumber.put(number, objective);
		}
		else if (!heading.applied) {
			if (heading.title != null && !same(objective.getTitle(), heading.title)) {
				objective.setTitle(heading.title);
			}
			if (heading.lead != null && !same(objective.getLead(), heading.lead)) {
				objective.setLead(heading.lead);
			}
		}
		heading.applied = true;
		return objective;
	}

	private SubObjective subObjective(Objective objective, Resolved row, Map<String, SubObjective> made) {
		String key = row.subObjectiveKey();
		SubObjective subObjective = existingSubObjective(row.objectiveNumber, row.letter);
		if (subObjective == null) {
			subObjective = made.get(key);
		}
		Heading heading = this.subObjectiveHeadings.get(key);
		if (subObjective == null) {
			subObjective = objective.addSubObjective(row.letter, heading.title, heading.lead);
			made.put(key, subObjective);
		}
		else if (!heading.applied) {
			if (heading.title != null && !same(subObjective.getTitle(), heading.title)) {
				subObjective.setTitle(heading.title);
			}
			if (heading.lead != null && !same(subObjective.getLead(), heading.lead)) {
				subObjective.setLead(heading.lead);
			}
		}
		heading.applied = true;
		return subObjective;
	}

	private SubObjective existingSubObjective(int objectiveNumber, String letter) {
		Objective objective = this.objectivesByNumber.get(objectiveNumber);
		if (objective == null) {
			return null;
		}
		return objective.getSubObjectives()
			.stream()
			.filter((subObjective) -> sameLetter(subObjective.getLetter(), letter))
			.findFirst()
			.orElse(null);
	}

	/** Blue, Red, Amber, Green (any case), or their initials. */
	static Brag brag(String text) {
		String upper = text.strip().toUpperCase(Locale.ROOT);
		for (Brag brag : Brag.values()) {
			if (brag.name().equals(upper) || brag.name().substring(0, 1).equals(upper)) {
				return brag;
			}
		}
		return null;
	}

	/** "Blue", as the file writes it. */
	static String bragText(Brag brag) {
		return (brag != null) ? brag.name().charAt(0) + brag.name().substring(1).toLowerCase(Locale.ROOT) : "";
	}

	static String normalised(String text) {
		return (text == null) ? "" : text.replace("\r\n", "\n").replace('\r', '\n').strip();
	}

	private static boolean same(String stored, String given) {
		return normalised(stored).equals(normalised(given));
	}

	private static boolean sameLetter(String a, String b) {
		return normalised(a).equalsIgnoreCase(normalised(b));
	}

	private static String blankToNull(String text) {
		String normalised = normalised(text);
		return normalised.isEmpty() ? null : normalised;
	}

	/** Title and lead of an objective or sub-objective as the file gives them. */
	private static final class Heading {

		private String title;

		private String lead;

		private int titleRow;

		private boolean applied;

	}

	/** A row as checked. */
	private static final class Resolved {

		private final SpreadsheetRow row;

		private final List<RowProblem> problems = new ArrayList<>();

		private final List<String> changed = new ArrayList<>();

		private Action existing;

		private int objectiveNumber;

		private String letter;

		private DeadlineText deadline;

		private Brag brag;

		/** Null when the file has no Recommendations column (or the cell was wrong). */
		private Set<Recommendation> recommendations;

		Resolved(SpreadsheetRow row) {
			this.row = row;
		}

		void problem(String column, String messageKey, Object... arguments) {
			this.problems.add(RowProblem.of(column, messageKey, arguments));
		}

		String subObjectiveKey() {
			return this.objectiveNumber + ":" + this.letter.toUpperCase(Locale.ROOT);
		}

		String place() {
			String number = (this.objectiveNumber > 0) ? String.valueOf(this.objectiveNumber) : "";
			return (this.letter != null) ? number + this.letter : number;
		}

	}

}
