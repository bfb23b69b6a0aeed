package org.waymark.audit;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What an admin looks for in the audit log; every part is optional.
 *
 * @param category only this kind of event, or null for all
 * @param actor only events by someone whose name contains this (any case), or null
 * @param text only events whose summary or subject contains this (any case), or null
 * @param from only events on or after this day (in Europe/London), or null
 * @param to only events on or before this day (in Europe/London), or null
 */
public record AuditSearch(AuditCategory category, String actor, String text, LocalDate from, LocalDate to) {

	/** The days of the filter are days in the UK, where the business manager works. */
	public static final ZoneId ZONE = ZoneId.of("Europe/London");

	private static final char ESCAPE = '\\';

	public AuditSearch {
		actor = blankToNull(actor);
		text = blankToNull(text);
	}

	/** No filter: the whole log. */
	public static AuditSearch everything() {
		return new AuditSearch(null, null, null, null, null);
	}

	/** The first moment the filter takes in, or null for no lower bound. */
	Instant start() {
		return (this.from != null) ? this.from.atStartOfDay(ZONE).toInstant() : null;
	}

	/** The first moment after the filter's last day, or null for no upper bound. */
	Instant end() {
		return (this.to != null) ? this.to.plusDays(1).atStartOfDay(ZONE).toInstant() : null;
	}

	/** The filter as a query: only the conditions asked for. */
	Specification<AuditEvent> specification() {
		return (root, query, cb) -> {
			List<Predicate> conditions = new ArrayList<>();
			if (this.category != null) {
				conditions.add(cb.equal(root.get("category"), this.category));
			}
			if (this.actor != null) {
				conditions.add(contains(cb, root.get("actor"), this.actor));
			}
			if (this.text != null) {
				conditions.add(cb.or(contains(cb, root.get("summary"), this.text),
						contains(cb, root.get("subject"), this.text)));
			}
			Instant start = start();
			if (start != null) {
				conditions.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), start));
			}
			Instant end = end();
			if (end != null) {
				conditions.add(cb.lessThan(root.get("occurredAt"), end));
			}
			return cb.and(conditions.toArray(Predicate[]::new));
		};
	}

	private static Predicate contains(CriteriaBuilder cb, Expression<String> column, String wanted) {
		return cb.like(cb.lower(column), "%" + escapeLike(wanted.toLowerCase(Locale.ROOT)) + "%", ESCAPE);
	}

	/** Typed % and _ are looked for as themselves, not as wildcards. */
	static String escapeLike(String text) {
		StringBuilder escaped = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			if (c == '%' || c == '_' || c == ESCAPE) {
				escaped.append(ESCAPE);
			}
			escaped.append(c);
		}
		return escaped.toString();
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
