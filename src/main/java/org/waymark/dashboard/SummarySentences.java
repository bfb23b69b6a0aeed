package org.waymark.dashboard;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.waymark.plan.ReportingQuarter;
import org.waymark.report.Rag;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the scrutiny summary's opening in plain English from the programmes' published
 * statuses: "In October to December 2017, six of the seven programmes were on track; one,
 * Programme 7, was at risk (amber): …". Statuses are put in words, never as "RAG" or
 * "BRAG"; the words come from messages.properties ({@code scrutiny.opening.*}).
 */
@Component
class SummarySentences {

	/** The order statuses are told in: the good news first, then what is not. */
	private static final List<Rag> ORDER = List.of(Rag.GREEN, Rag.BLUE, Rag.AMBER, Rag.RED);

	/** How long a reason may be in the opening before it is shortened. */
	static final int REASON_LENGTH = 130;

	private final MessageSource messages;

	SummarySentences(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * A programme's published status for the quarter.
	 *
	 * @param status null when nothing was published
	 * @param reason the reason published, or null
	 */
	record Line(int number, Rag status, String reason) {
	}

	/** "October to December 2017". */
	String months(ReportingQuarter quarter, Locale locale) {
		return message("scrutiny.months", locale, quarter.firstDay().getMonth().getDisplayName(TextStyle.FULL, locale),
				quarter.lastDay().getMonth().getDisplayName(TextStyle.FULL, locale),
				String.valueOf(quarter.lastDay().getYear()));
	}

	/** The opening for a plan that calls its programmes programmes. */
	String opening(String months, List<Line> lines, Locale locale) {
		return opening(months, "programme", "programmes", lines, locale);
	}

	/**
	 * The opening in the plan's own term: "two, Priorities 3 and 4, were at risk".
	 * @param term what the plan calls a programme, lower case ("priority")
	 * @param termPlural its plural, lower case ("priorities")
	 */
	String opening(String months, String term, String termPlural, List<Line> lines, Locale locale) {
		if (lines.isEmpty()) {
			return message("scrutiny.opening.noProgrammes", locale, months, termPlural);
		}
		Map<Rag, List<Line>> byStatus = new LinkedHashMap<>();
		for (Rag status : ORDER) {
			List<Line> with = lines.stream().filter((line) -> line.status() == status).toList();
			if (!with.isEmpty()) {
				byStatus.put(status, with);
			}
		}
		List<Line> none = lines.stream().filter((line) -> line.status() == null).toList();
		if (!none.isEmpty()) {
			byStatus.put(null, none);
		}
		int total = lines.size();
		List<String> clauses = new ArrayList<>();
		for (Map.Entry<Rag, List<Line>> group : byStatus.entrySet()) {
			List<Line> with = group.getValue();
			boolean plural = with.size() > 1;
			String verb = message("scrutiny.opening." + (plural ? "were." : "was.") + key(group.getKey()), locale);
			String clause;
			if (byStatus.size() == 1 && total > 1) {
				clause = message("scrutiny.opening.all", locale, number(total, locale), verb, termPlural);
			}
			else if (total == 1) {
				clause = message("scrutiny.opening.alone", locale, programmes(with, term, termPlural, locale), verb);
			}
			else if (clauses.isEmpty()) {
				clause = message("scrutiny.opening.ofThe", locale, number(with.size(), locale), number(total, locale),
						verb, termPlural);
			}
			else {
				clause = message("scrutiny.opening.named", locale, number(with.size(), locale),
						programmes(with, term, termPlural, locale), verb);
			}
			// A single programme off or at risk of going off track is told why.
			if (!plural && (group.getKey() == Rag.AMBER || group.getKey() == Rag.RED) && with.get(0).reason() != null
					&& !with.get(0).reason().isBlank()) {
				clause = message("scrutiny.opening.because", locale, clause,
						trimEnd(Excerpts.shorten(with.get(0).reason(), REASON_LENGTH)));
			}
			clauses.add(clause);
		}
		String sentence = message("scrutiny.opening", locale, months,
				String.join(message("scrutiny.opening.separator", locale), clauses));
		// A shortened reason at the end already ends the sentence with its ellipsis.
		return sentence.endsWith(Excerpts.ELLIPSIS + ".") ? sentence.substring(0, sentence.length() - 1) : sentence;
	}

	private static String key(Rag status) {
		return (status != null) ? status.name() : "none";
	}

	private String programmes(List<Line> lines, String term, String termPlural, Locale locale) {
		if (lines.size() == 1) {
			return message("scrutiny.opening.programme", locale, String.valueOf(lines.get(0).number()),
					capitalised(term));
		}
		List<String> numbers = lines.stream().map((line) -> String.valueOf(line.number())).toList();
		return message("scrutiny.opening.programmes", locale, String.join(", ", numbers.subList(0, numbers.size() - 1)),
				numbers.get(numbers.size() - 1), capitalised(termPlural));
	}

	/** "Priority" from "priority", as a name starting a label. */
	private static String capitalised(String term) {
		return term.isEmpty() ? term : Character.toUpperCase(term.charAt(0)) + term.substring(1);
	}

	/** "six"; figures above twelve, as GOV.UK style writes them. */
	String number(int number, Locale locale) {
		if (number >= 0 && number <= 12) {
			return message("scrutiny.number." + number, locale);
		}
		return String.valueOf(number);
	}

	/** A reason ends the sentence, so its own full stop goes. */
	private static String trimEnd(String reason) {
		String trimmed = reason.strip();
		while (trimmed.endsWith(".") && !trimmed.endsWith("\u2026")) {
			trimmed = trimmed.substring(0, trimmed.length() - 1);
		}
		return trimmed;
	}

	private String message(String code, Locale locale, Object... args) {
		return this.messages.getMessage(code, args, locale);
	}

}
