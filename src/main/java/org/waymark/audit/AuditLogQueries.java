package org.waymark.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads the audit log for the admin's page and its CSV export: newest first, filtered,
 * one page (or one batch) per query.
 */
@Service
public class AuditLogQueries {

	/** Lines on one page of the log. */
	public static final int PAGE_SIZE = 50;

	/** The most lines one CSV export holds; a narrower filter gets the rest. */
	public static final int EXPORT_LIMIT = 100_000;

	/** Lines read per query while exporting, so an export never holds the whole log. */
	static final int EXPORT_BATCH = 1_000;

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));

	private final AuditEventRepository events;

	private final EntityManager entityManager;

	AuditLogQueries(AuditEventRepository events, EntityManager entityManager) {
		this.events = events;
		this.entityManager = entityManager;
	}

	/**
	 * One page of the filtered log, newest first.
	 * @param page the page wanted, from 0; past the last page gives an empty page
	 */
	@Transactional(readOnly = true)
	public Page<AuditEvent> page(AuditSearch search, int page) {
		// Always a count and a select: Spring Data's paging skips the count on a short
		// first page, and the statements a page runs should not depend on the data.
		Specification<AuditEvent> filter = search.specification();
		PageRequest request = PageRequest.of(Math.max(0, page), PAGE_SIZE, NEWEST_FIRST);
		long total = this.events.count(filter);
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		CriteriaQuery<AuditEvent> query = cb.createQuery(AuditEvent.class);
		Root<AuditEvent> root = query.from(AuditEvent.class);
		query.where(filter.toPredicate(root, query, cb))
			.orderBy(cb.desc(root.get("occurredAt")), cb.desc(root.get("id")));
		List<AuditEvent> lines = this.entityManager.createQuery(query)
			.setFirstResult((int) Math.min(Integer.MAX_VALUE, request.getOffset()))
			.setMaxResults(PAGE_SIZE)
			.getResultList();
		return new PageImpl<>(lines, request, total);
	}

	/**
	 * Hands every line of the filtered log, newest first and at most {@code limit} of
	 * them, to {@code each}, reading a batch at a time: each batch starts after the last
	 * line of the one before (by time, then id), so lines written meanwhile neither
	 * repeat nor shift the batches.
	 * @return how many lines were handed over
	 */
	public int export(AuditSearch search, int limit, Consumer<AuditEvent> each) {
		Specification<AuditEvent> filter = search.specification();
		AuditEvent last = null;
		int count = 0;
		while (count < limit) {
			Specification<AuditEvent> batch = (last != null) ? filter.and(after(last)) : filter;
			int size = Math.min(EXPORT_BATCH, limit - count);
			List<AuditEvent> lines = this.events.findBy(batch, (query) -> query.sortBy(NEWEST_FIRST).limit(size).all());
			for (AuditEvent line : lines) {
				each.accept(line);
			}
			count += lines.size();
			if (lines.size() < size) {
				break;
			}
			last = lines.get(lines.size() - 1);
		}
		return count;
	}

	/** Lines older than the given one in the log's order (time, then id, descending). */
	private static Specification<AuditEvent> after(AuditEvent last) {
		Instant at = last.getOccurredAt();
		Long id = last.getId();
		return (root, query, cb) -> cb.or(cb.lessThan(root.get("occurredAt"), at),
				cb.and(cb.equal(root.get("occurredAt"), at), cb.lessThan(root.get("id"), id)));
	}

}
