package org.waymark.risk;

import java.util.ArrayList;
import java.util.List;

/**
 * The 5 × 5 heat map of a plan's risks: for each likelihood and impact, the score and
 * band of that cell and the risks scored there now; for each risk the latest assessment
 * moved, the cell it was in at the assessment before. Unscored risks have no cell and are
 * only counted. Pure: built from {@link RiskSummary summaries} and the installation's
 * bands.
 */
public final class RiskHeatMap {

	/**
	 * Risk titles longer than this are shortened where a risk with no reference is listed
	 * in a cell.
	 */
	static final int SHORT_TITLE_LENGTH = 40;

	private final Cell[][] cells;

	private final List<Move> moves;

	private final int scoredCount;

	private final int unscoredCount;

	private RiskHeatMap(Cell[][] cells, List<Move> moves, int scoredCount, int unscoredCount) {
		this.cells = cells;
		this.moves = moves;
		this.scoredCount = scoredCount;
		this.unscoredCount = unscoredCount;
	}

	/**
	 * Places the risks the filter shows, in the order given (the register's order).
	 */
	public static RiskHeatMap of(List<RiskSummary> risks, RiskBandThresholds thresholds, RiskFilter filter) {
		int size = RiskScore.MAX_RATING;
		List<List<Marker>> current = new ArrayList<>();
		List<List<Marker>> previous = new ArrayList<>();
		for (int i = 0; i < size * size; i++) {
			current.add(new ArrayList<>());
			previous.add(new ArrayList<>());
		}
		List<Move> moves = new ArrayList<>();
		int scored = 0;
		int unscored = 0;
		for (RiskSummary risk : risks) {
			if (!filter.includes(risk)) {
				continue;
			}
			if (!risk.isScored()) {
				unscored++;
				continue;
			}
			scored++;
			RiskScore from = risk.hasMoved() ? risk.previousScore() : null;
			current.get(index(risk.score())).add(Marker.of(risk, from));
			if (from != null) {
				previous.get(index(from)).add(Marker.of(risk, risk.score()));
				moves.add(new Move(risk.id(), fullName(risk), from, risk.score()));
			}
		}
		Cell[][] cells = new Cell[size][size];
		for (int likelihood = 1; likelihood <= size; likelihood++) {
			for (int impact = 1; impact <= size; impact++) {
				RiskScore score = new RiskScore(likelihood, impact);
				cells[likelihood - 1][impact - 1] = new Cell(likelihood, impact, score.value(), score.band(thresholds),
						List.copyOf(current.get(index(score))), List.copyOf(previous.get(index(score))));
			}
		}
		return new RiskHeatMap(cells, List.copyOf(moves), scored, unscored);
	}

	private static int index(RiskScore score) {
		return (score.likelihood() - 1) * RiskScore.MAX_RATING + (score.impact() - 1);
	}

	/**
	 * How a risk is named in the list of moves, where there is room: its reference and
	 * title ("ORG0009 Safeguarding Children"), or its title alone.
	 */
	static String fullName(RiskSummary risk) {
		String title = risk.title().strip();
		return (risk.reference() != null && !risk.reference().isBlank()) ? risk.reference().strip() + " " + title
				: title;
	}

	/**
	 * How a risk is named in a cell: its reference (ORG0009) or, with none, its title
	 * shortened to a few words.
	 */
	static String label(RiskSummary risk) {
		if (risk.reference() != null && !risk.reference().isBlank()) {
			return risk.reference().strip();
		}
		String title = risk.title().strip();
		if (title.length() <= SHORT_TITLE_LENGTH) {
			return title;
		}
		int cut = title.lastIndexOf(' ', SHORT_TITLE_LENGTH);
		return title.substring(0, (cut > SHORT_TITLE_LENGTH / 2) ? cut : SHORT_TITLE_LENGTH).strip() + "\u2026";
	}

	/** One cell. */
	public Cell cell(int likelihood, int impact) {
		new RiskScore(likelihood, impact);
		return this.cells[likelihood - 1][impact - 1];
	}

	/**
	 * The grid as it is drawn: likelihood 5 (almost certain) at the top down to 1, each
	 * row's cells by impact 1 to 5.
	 */
	public List<Row> rows() {
		List<Row> rows = new ArrayList<>();
		for (int likelihood = RiskScore.MAX_RATING; likelihood >= RiskScore.MIN_RATING; likelihood--) {
			rows.add(new Row(likelihood, List.of(this.cells[likelihood - 1])));
		}
		return rows;
	}

	/** The impacts of the columns, 1 to 5. */
	public List<Integer> impacts() {
		List<Integer> impacts = new ArrayList<>();
		for (int impact = RiskScore.MIN_RATING; impact <= RiskScore.MAX_RATING; impact++) {
			impacts.add(impact);
		}
		return impacts;
	}

	/**
	 * The risks the latest assessment moved on the grid, from the cell of the assessment
	 * before, in register order.
	 */
	public List<Move> moves() {
		return this.moves;
	}

	/** Risks shown in a cell. */
	public int scoredCount() {
		return this.scoredCount;
	}

	/** Risks the filter shows that have never been scored, so have no cell. */
	public int unscoredCount() {
		return this.unscoredCount;
	}

	/**
	 * The bands with the lowest and highest score a cell of each can have (the defaults
	 * give 1 to 6, 8 to 12 and 15 to 25: no likelihood × impact makes 7 or 13), low
	 * first. A band the thresholds leave no cell in is left out.
	 */
	public static List<BandRange> legend(RiskBandThresholds thresholds) {
		List<BandRange> legend = new ArrayList<>();
		for (RiskBand band : RiskBand.values()) {
			int lowest = Integer.MAX_VALUE;
			int highest = Integer.MIN_VALUE;
			for (int likelihood = 1; likelihood <= RiskScore.MAX_RATING; likelihood++) {
				for (int impact = 1; impact <= RiskScore.MAX_RATING; impact++) {
					RiskScore score = new RiskScore(likelihood, impact);
					if (score.band(thresholds) == band) {
						lowest = Math.min(lowest, score.value());
						highest = Math.max(highest, score.value());
					}
				}
			}
			if (lowest <= highest) {
				legend.add(new BandRange(band, lowest, highest));
			}
		}
		return List.copyOf(legend);
	}

	/** A band of the legend: the scores its cells have. */
	public record BandRange(RiskBand band, int from, int to) {
	}

	/** A row of the grid: one likelihood, its five cells by impact. */
	public record Row(int likelihood, List<Cell> cells) {
	}

	/**
	 * One cell: likelihood × impact, its score and band, the risks scored there now, and
	 * the moved risks that were there at their assessment before.
	 */
	public record Cell(int likelihood, int impact, int score, RiskBand band, List<Marker> risks,
			List<Marker> previously) {

		public int count() {
			return this.risks.size();
		}

	}

	/**
	 * A risk named in a cell.
	 *
	 * @param label its reference, or its title shortened
	 * @param elsewhere in a cell's {@code risks}, the score of the cell it moved from
	 * (null if it did not move); in {@code previously}, the score it has now
	 */
	public record Marker(long riskId, String label, String title, RiskScore elsewhere) {

		static Marker of(RiskSummary risk, RiskScore elsewhere) {
			return new Marker(risk.id(), RiskHeatMap.label(risk), risk.title(), elsewhere);
		}

		/** Whether the label is the whole title, so it need not be repeated. */
		public boolean labelIsTitle() {
			return this.label.equals(this.title);
		}

	}

	/**
	 * A risk the latest assessment moved: where it was and where it is.
	 *
	 * @param name its reference and title, or its title alone
	 */
	public record Move(long riskId, String name, RiskScore from, RiskScore to) {

		public Direction direction() {
			int change = Integer.compare(this.to.value(), this.from.value());
			return (change > 0) ? Direction.UP : (change < 0) ? Direction.DOWN : Direction.SAME_SCORE;
		}

	}

	/** Which way a move took a risk's score. */
	public enum Direction {

		UP, DOWN, SAME_SCORE;

		public String messageKey() {
			return "heatMap.direction." + name();
		}

	}

}
