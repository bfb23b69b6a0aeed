package org.waymark.admin.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.waymark.audit.AuditCategory;
import org.waymark.audit.AuditEvent;
import org.waymark.audit.AuditLogQueries;
import org.waymark.audit.AuditSearch;
import org.waymark.shared.DisplayDates;
import org.waymark.shared.SpreadsheetWriter;
import org.waymark.shared.SpreadsheetWriter.CsvStream;
import org.waymark.user.AccessPolicy;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The audit log for admins: a filtered page of who did what and when, newest first, and
 * the same filter as a CSV file.
 */
@Controller
class AuditLogController {

	static final String FORM = "filter";

	private static final String PAGE = "/admin/audit";

	private static final String CSV = "/admin/audit.csv";

	/** The CSV file's times: ISO 8601 with the UK offset, which spreadsheets sort. */
	private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private static final List<String> CSV_HEADINGS = List.of("When", "Who", "What", "Summary", "Subject",
			"Client address");

	private final AuditLogQueries log;

	private final AccessPolicy access;

	AuditLogController(AuditLogQueries log, AccessPolicy access) {
		this.log = log;
		this.access = access;
	}

	@GetMapping(PAGE)
	String log(@ModelAttribute(FORM) AuditFilterForm filter, BindingResult result,
			@RequestParam(name = "page", required = false) String page, HttpServletRequest request, Authentication who,
			Model model) {
		requireAdmin(who);
		model.addAttribute("categories", AuditCategory.values());
		AuditSearch search = filter.toSearch(result);
		model.addAttribute("invalid", search == null);
		if (search == null) {
			return "admin/audit";
		}
		Page<AuditEvent> found = this.log.page(search, pageNumber(page) - 1);
		model.addAttribute("lines", found.getContent().stream().map(Line::of).toList());
		model.addAttribute("total", found.getTotalElements());
		MultiValueMap<String, String> query = filterParameters(request);
		model.addAttribute("pagination",
				AuditPagination.of(found.getNumber() + 1, found.getTotalPages(), (n) -> address(PAGE, query, n)));
		model.addAttribute("csvAddress", address(CSV, query, null));
		model.addAttribute("exportLimit", AuditLogQueries.EXPORT_LIMIT);
		return "admin/audit";
	}

	/**
	 * The filtered log as CSV, written as it is read. A filter with a mistake in it goes
	 * back to the page, which says what is wrong.
	 */
	@GetMapping(CSV)
	String csv(@ModelAttribute(FORM) AuditFilterForm filter, BindingResult result, HttpServletRequest request,
			HttpServletResponse response, Authentication who) throws IOException {
		requireAdmin(who);
		AuditSearch search = filter.toSearch(result);
		if (search == null) {
			return "redirect:" + address(PAGE, filterParameters(request), null);
		}
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-log.csv\"");
		try (CsvStream csv = SpreadsheetWriter.csvStream(response.getOutputStream(), CSV_HEADINGS)) {
			this.log.export(search, AuditLogQueries.EXPORT_LIMIT,
					(line) -> csv.row(Arrays.asList(CSV_TIME.format(line.getOccurredAt().atZone(AuditSearch.ZONE)),
							line.getActor(), line.getCategory().name(), line.getSummary(), line.getSubject(),
							line.getClientAddress())));
		}
		return null;
	}

	private void requireAdmin(Authentication who) {
		if (!this.access.isAdmin(who)) {
			throw new AccessDeniedException("Only admins read the audit log");
		}
	}

	/** The page asked for, from 1; anything else is the first page. */
	static int pageNumber(String page) {
		if (page == null || page.isBlank() || page.length() > 6 || !page.strip().chars().allMatch(Character::isDigit)) {
			return 1;
		}
		return Math.max(1, Integer.parseInt(page.strip()));
	}

	/** The request's filter parameters as sent, without the page number. */
	private static MultiValueMap<String, String> filterParameters(HttpServletRequest request) {
		MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (!"page".equals(parameter.getKey())) {
				query.addAll(parameter.getKey(), Arrays.asList(parameter.getValue()));
			}
		}
		return query;
	}

	private static String address(String path, MultiValueMap<String, String> query, Integer page) {
		UriComponentsBuilder address = UriComponentsBuilder.fromPath(path).queryParams(query);
		if (page != null && page > 1) {
			address.queryParam("page", page);
		}
		return address.encode().build().toUriString();
	}

	/** One line of the log as the page shows it. */
	public record Line(String when, String who, AuditCategory category, String summary, String subject,
			String clientAddress) {

		static Line of(AuditEvent event) {
			return new Line(DisplayDates.format(event.getOccurredAt(), AuditSearch.ZONE), event.getActor(),
					event.getCategory(), event.getSummary(), event.getSubject(), event.getClientAddress());
		}

	}

}
