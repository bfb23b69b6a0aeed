package org.waymark.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.waymark.shared.BaseEntity;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A multi-year improvement plan, e.g. the Children &amp; Young People's Plan 2016–2019.
 * Several plans coexist; the financial years it spans give each quarter its "Year n"
 * label.
 */
@Entity
@Table(name = "plan")
public class Plan extends BaseEntity {

	@Column(nullable = false)
	private String title;

	@Column(name = "short_name", nullable = false, length = 40, unique = true)
	private String shortName;

	/** Start year of the first financial year (2016 for 2016/17). */
	@Column(name = "first_year", nullable = false)
	private int firstYear;

	/** Start year of the last financial year (2018 for 2018/19). */
	@Column(name = "last_year", nullable = false)
	private int lastYear;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private PlanStatus status = PlanStatus.DRAFT;

	@Column(columnDefinition = "text")
	private String vision;

	/**
	 * What this plan calls its programmes, lower case: "programme" or, say, "priority".
	 */
	@Column(name = "programme_term", nullable = false, length = 40)
	private String programmeTerm = "programme";

	/** The plural of {@link #programmeTerm}: "programmes", "priorities". */
	@Column(name = "programme_term_plural", nullable = false, length = 40)
	private String programmeTermPlural = "programmes";

	protected Plan() {
	}

	public Plan(String title, String shortName, FinancialYear first, FinancialYear last) {
		this.title = title;
		this.shortName = shortName;
		new PlanSpan(first, last); // validates the order before anything is stored
		this.firstYear = first.startYear();
		this.lastYear = last.startYear();
	}

	/**
	 * Changes what the business manager typed about the plan.
	 * @throws IllegalArgumentException if the last year is before the first
	 */
	public void describe(String title, String shortName, FinancialYear first, FinancialYear last, String vision) {
		new PlanSpan(first, last);
		this.title = title;
		this.shortName = shortName;
		this.firstYear = first.startYear();
		this.lastYear = last.startYear();
		this.vision = vision;
	}

	/**
	 * Makes a draft plan the one being delivered.
	 * @throws IllegalStateException unless the plan is a draft
	 */
	public void activate() {
		if (this.status != PlanStatus.DRAFT) {
			throw new IllegalStateException("Only a draft plan can be made active, this one is " + this.status);
		}
		this.status = PlanStatus.ACTIVE;
	}

	/**
	 * Closes a plan that is finished (or abandoned as a draft); a closed plan stays
	 * readable.
	 * @throws IllegalStateException if it is already closed
	 */
	public void close() {
		if (this.status == PlanStatus.CLOSED) {
			throw new IllegalStateException("The plan is already closed");
		}
		this.status = PlanStatus.CLOSED;
	}

	/**
	 * The quarters of the plan's years that are not among those it already has, in date
	 * order: what "generate the quarters" creates, so that generating twice adds nothing.
	 */
	public List<ReportingQuarter> quartersMissingFrom(Collection<ReportingQuarter> existing) {
		Set<ReportingQuarter> have = Set.copyOf(existing);
		return span().quarters().stream().filter((quarter) -> !have.contains(quarter)).toList();
	}

	public PlanSpan span() {
		return new PlanSpan(new FinancialYear(this.firstYear), new FinancialYear(this.lastYear));
	}

	public String getTitle() {
		return this.title;
	}

	public String getShortName() {
		return this.shortName;
	}

	public PlanStatus getStatus() {
		return this.status;
	}

	public void setStatus(PlanStatus status) {
		this.status = status;
	}

	public String getProgrammeTerm() {
		return this.programmeTerm;
	}

	public String getProgrammeTermPlural() {
		return this.programmeTermPlural;
	}

	/**
	 * Names what this plan calls its programmes, e.g. "priority" and "priorities".
	 * @throws IllegalArgumentException if either is blank
	 */
	public void nameProgrammes(String term, String plural) {
		if (term == null || term.isBlank() || plural == null || plural.isBlank()) {
			throw new IllegalArgumentException("A plan's programmes need a name and its plural");
		}
		this.programmeTerm = term.strip().toLowerCase(Locale.ROOT);
		this.programmeTermPlural = plural.strip().toLowerCase(Locale.ROOT);
	}

	/** "Programme 3" or "Priority 3": how a heading or table cell names one. */
	public String programmeLabel(int number) {
		return capitalised(this.programmeTerm) + " " + number;
	}

	/** "Programme" or "Priority", for the start of a heading or table cell. */
	public String programmeTermCapitalised() {
		return capitalised(this.programmeTerm);
	}

	/** "Programmes" or "Priorities". */
	public String programmeTermPluralCapitalised() {
		return capitalised(this.programmeTermPlural);
	}

	private static String capitalised(String term) {
		return term.isEmpty() ? term : Character.toUpperCase(term.charAt(0)) + term.substring(1);
	}

	public String getVision() {
		return this.vision;
	}

	public void setVision(String vision) {
		this.vision = vision;
	}

}
