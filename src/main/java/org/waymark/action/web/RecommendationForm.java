package org.waymark.action.web;

import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;
import org.waymark.action.RecommendationEditing.Change;

import java.util.List;

/**
 * A recommendation as typed: its source (one of the plan's, or a new one named in
 * {@code newSource}), its number and its wording, and when changing one the version the
 * form showed. The number is kept as typed, so that "3a" comes back to be corrected.
 */
public class RecommendationForm {

	/** The value of the option for a source not yet in the register. */
	static final String NEW_SOURCE = "NEW_SOURCE";

	static final int MAX_NUMBER = 9999;

	private String source;

	@Size(max = 100)
	private String newSource;

	private String number;

	@Size(max = 10_000)
	private String text;

	private String version;

	/**
	 * Checks the fields against each other and the plan's sources, rejecting what is
	 * wrong.
	 * @param sources the plan's sources
	 * @return the change asked for, or {@code null} when something was rejected
	 */
	Change toChange(List<String> sources, Errors errors) {
		String chosen = null;
		boolean newOne = sources.isEmpty() || NEW_SOURCE.equals(this.source);
		if (newOne) {
			if (isBlank(this.newSource)) {
				errors.rejectValue("newSource", "recommendations.newSource.required");
			}
			else if (!errors.hasFieldErrors("newSource")) {
				chosen = this.newSource.strip();
			}
		}
		else if (this.source != null && sources.contains(this.source)) {
			chosen = this.source;
		}
		else {
			errors.rejectValue("source", "recommendations.source.required");
		}
		Integer parsed = null;
		if (isBlank(this.number)) {
			errors.rejectValue("number", "recommendations.number.required");
		}
		else if (!this.number.strip().matches("\\d{1,9}")) {
			errors.rejectValue("number", "recommendations.number.notWhole");
		}
		else {
			parsed = Integer.valueOf(this.number.strip());
			if (parsed < 1 || parsed > MAX_NUMBER) {
				errors.rejectValue("number", "recommendations.number.range", new Object[] { MAX_NUMBER }, null);
				parsed = null;
			}
		}
		if (errors.hasErrors() || chosen == null || parsed == null) {
			return null;
		}
		return new Change(chosen, parsed, isBlank(this.text) ? null : this.text.strip());
	}

	/** The version the form showed; -1, which no version is, when it is not a number. */
	long versionShown() {
		try {
			return Long.parseLong(this.version);
		}
		catch (NumberFormatException | NullPointerException ex) {
			return -1;
		}
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	public String getSource() {
		return this.source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	public String getNewSource() {
		return this.newSource;
	}

	public void setNewSource(String newSource) {
		this.newSource = newSource;
	}

	public String getNumber() {
		return this.number;
	}

	public void setNumber(String number) {
		this.number = number;
	}

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public String getVersion() {
		return this.version;
	}

	public void setVersion(String version) {
		this.version = version;
	}

}
