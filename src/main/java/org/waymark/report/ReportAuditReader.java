package org.waymark.report;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.AuditQuery;
import org.hibernate.envers.query.criteria.AuditCriterion;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;
import org.springframework.stereotype.Component;
import org.waymark.measure.MeasureValue;
import org.waymark.report.ReportAuditTrail.Change;
import org.waymark.report.ReportAuditTrail.ChangeSet;
import org.waymark.report.ReportAuditTrail.ReportFields;
import org.waymark.report.ReportAuditTrail.RowFields;
import org.waymark.report.ReportAuditTrail.SectionFields;
import org.waymark.report.ReportAuditTrail.ValueFields;
import org.waymark.report.ReportSnapshot.CaseStudyEntry;
import org.waymark.report.ReportSnapshot.RiskEntry;
import org.waymark.shared.BaseEntity;
import org.waymark.shared.ChangeSetInfo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Reads a highlight report's audit trail with Hibernate Envers: one query for each kind
 * of audited row (the report, its sections, its measure rows, the values they point at,
 * its case studies, the risks it names), whatever the number of change sets, sections or
 * rows. Each query brings its change set's time and author with it (Envers joins the
 * revision entity), so the revision table is never read row by row.
 * <p>
 * Envers builds each audited row as an entity whose relations are uninitialised proxies;
 * only their ids are read here (from the proxy, without loading it), never their fields.
 */
@Component
class ReportAuditReader {

	private final EntityManager entityManager;

	ReportAuditReader(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** The report's trail; empty if the report was never audited. */
	ReportAuditTrail trail(long reportId) {
		AuditReader reader = AuditReaderFactory.get(this.entityManager);
		Map<Integer, ChangeSet> changeSets = new HashMap<>();
		List<Change<ReportFields>> report = changes(reader, HighlightReport.class, AuditEntity.id().eq(reportId),
				changeSets,
				(r) -> new ReportFields(r.getState(), r.getOverallStatus(), r.getStatusReason(), r.getReturnComment()));
		if (report.isEmpty()) {
			return ReportAuditTrail.of(List.of(), List.of(), List.of(), List.of(), List.of());
		}
		List<Change<SectionFields>> sections = changes(reader, ReportSection.class,
				AuditEntity.relatedId("report").eq(reportId), changeSets,
				(s) -> new SectionFields(s.getType(), s.getBody(), s.isNilReturn()));
		List<Change<RowFields>> rows = changes(reader, ReportMeasureRow.class,
				AuditEntity.relatedId("report").eq(reportId), changeSets, (r) -> new RowFields(idOf(r.getMeasure()),
						r.getPosition(), idOf(r.getCurrentValue()), r.getDirectionOverride(), r.getOverrideReason()));
		Set<Long> valueIds = new TreeSet<>();
		rows.stream().map((row) -> row.state().currentValueId()).filter((id) -> id != null).forEach(valueIds::add);
		List<Change<ValueFields>> values = valueIds.isEmpty() ? List.of()
				: changes(reader, MeasureValue.class, AuditEntity.id().in(valueIds), changeSets,
						(v) -> new ValueFields(v.getPeriodLabel(), v.getNumericValue(), v.getReportedText(),
								v.getDataStatus()));
		List<Change<CaseStudyEntry>> caseStudies = changes(reader, CaseStudy.class,
				AuditEntity.relatedId("report").eq(reportId), changeSets,
				(c) -> new CaseStudyEntry(c.getTitle(), c.getSummary(), idOf(c.getAttachment()), c.getPosition()));
		List<Change<RiskEntry>> risks = changes(reader, ReportRisk.class, AuditEntity.relatedId("report").eq(reportId),
				changeSets, (r) -> new RiskEntry(r.getRiskId(), r.getPosition(), r.getReference(), r.getTitle(),
						r.getLikelihood(), r.getImpact()));
		return ReportAuditTrail.of(report, sections, rows, values, caseStudies, risks);
	}

	/**
	 * Every audit row of one kind that matches the criterion, oldest first, with its
	 * change set (one query).
	 */
	private static <E extends BaseEntity, T> List<Change<T>> changes(AuditReader reader, Class<E> type,
			AuditCriterion criterion, Map<Integer, ChangeSet> changeSets, Function<E, T> fields) {
		// Without projections, each result is the entity as audited, the revision entity
		// (fetched in the same query) and the kind of change.
		AuditQuery query = reader.createQuery()
			.forRevisionsOfEntity(type, false, true)
			.add(criterion)
			.addOrder(AuditEntity.revisionNumber().asc());
		List<Change<T>> changes = new ArrayList<>();
		for (Object result : query.getResultList()) {
			Object[] row = (Object[]) result;
			E entity = type.cast(row[0]);
			ChangeSetInfo info = (ChangeSetInfo) row[1];
			ChangeSet changeSet = changeSets.computeIfAbsent(info.getId(),
					(n) -> new ChangeSet(n, info.getTimestamp(), info.getUsername()));
			changes.add(new Change<>(changeSet, entity.getId(), row[2] == RevisionType.DEL, fields.apply(entity)));
		}
		return changes;
	}

	/** The id of a related entity, read from its proxy without loading it. */
	private static Long idOf(BaseEntity entity) {
		if (entity == null) {
			return null;
		}
		LazyInitializer proxy = HibernateProxy.extractLazyInitializer(entity);
		return (proxy != null) ? (Long) proxy.getInternalIdentifier() : entity.getId();
	}

}
