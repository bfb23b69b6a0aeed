package org.waymark.report;

import jakarta.persistence.EntityManager;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.waymark.measure.Measure;
import org.waymark.measure.MeasureQueries;
import org.waymark.measure.MeasureValue;
import org.waymark.plan.ReportingPeriod;
import org.waymark.programme.ImprovementProgramme;
import org.waymark.support.DemoFixtures;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What the measures and action-update page tests share: reports of their own to write in,
 * made the way starting a report makes them, and a browser's way with forms (open the
 * page, change some fields, send every field).
 * <p>
 * Each test writes in a report of its own quarter, so that no test sees another's saves;
 * the quarters are ones no other test writes in (2016/17, 2017/18 Q1 and Q2 and 2018/19
 * Q4 for programme 7, and 2018/19 Q2 to Q4 for programme 6, whose action plan is for
 * 2018/19).
 */
final class ReportFormPages {

	private final MockMvc mvc;

	private final UserDetailsService users;

	private final JdbcTemplate jdbc;

	private final EntityManager entityManager;

	private final TransactionTemplate transactions;

	private final MeasureQueries measures;

	private final DemoFixtures fixtures;

	ReportFormPages(MockMvc mvc, UserDetailsService users, JdbcTemplate jdbc, EntityManager entityManager,
			TransactionTemplate transactions, MeasureQueries measures) {
		this.mvc = mvc;
		this.users = users;
		this.jdbc = jdbc;
		this.entityManager = entityManager;
		this.transactions = transactions;
		this.measures = measures;
		this.fixtures = new DemoFixtures(jdbc, entityManager, transactions);
	}

	/**
	 * A draft of the programme's report for the quarter, made as starting a report makes
	 * one (a row per measure, the latest value as the previous one); the same one if it
	 * exists.
	 */
	long draft(int programmeNumber, int financialYear, String quarter) {
		long programmeId = this.fixtures.programmeId(programmeNumber);
		long periodId = this.fixtures.periodId(financialYear, quarter);
		Long existing = this.jdbc.query(
				"select id from highlight_report where programme_id = ? and reporting_period_id = ? and revision = 1",
				(rs) -> rs.next() ? rs.getLong(1) : null, programmeId, periodId);
		if (existing != null) {
			return existing;
		}
		return this.transactions.execute((tx) -> {
			HighlightReport report = new HighlightReport(
					this.entityManager.find(ImprovementProgramme.class, programmeId),
					this.entityManager.find(ReportingPeriod.class, periodId));
			Map<Long, MeasureValue> latest = this.measures.latestValuesOf(programmeId);
			for (Measure measure : this.measures.measuresOf(programmeId)) {
				report.addMeasureRow(measure, null, latest.get(measure.getId()));
			}
			this.entityManager.persist(report);
			return report.getId();
		});
	}

	MockHttpServletResponse open(String username, String address) throws Exception {
		return this.mvc.perform(get(address).with(user(this.users.loadUserByUsername(username))))
			.andReturn()
			.getResponse();
	}

	/** The page's form, as a browser would send it untouched. */
	static Map<String, String> fieldsOf(String html, String formId) {
		Document page = Jsoup.parse(html);
		Element form = page.getElementById(formId);
		if (form == null) {
			throw new IllegalStateException("No form #" + formId + " on the page: " + page.title());
		}
		Map<String, String> fields = new LinkedHashMap<>();
		for (Element field : form.select("input[name], textarea[name], select[name]")) {
			String name = field.attr("name");
			switch (field.tagName()) {
				case "textarea" -> fields.put(name, field.wholeText());
				case "select" -> {
					Element selected = field.selectFirst("option[selected]");
					selected = (selected != null) ? selected : field.selectFirst("option");
					fields.put(name, (selected != null) ? selected.attr("value") : "");
				}
				default -> {
					String type = field.attr("type");
					if ((type.equals("radio") || type.equals("checkbox")) && !field.hasAttr("checked")) {
						continue;
					}
					if (!name.equals("_csrf")) {
						fields.put(name, field.attr("value"));
					}
				}
			}
		}
		return fields;
	}

	MockHttpServletResponse send(String username, String address, Map<String, String> fields) throws Exception {
		MockHttpServletRequestBuilder request = post(address).with(user(this.users.loadUserByUsername(username)))
			.with(csrf());
		fields.forEach(request::param);
		return this.mvc.perform(request).andReturn().getResponse();
	}

}
