package org.waymark.user.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;
import org.waymark.user.Role;
import org.waymark.user.UserAccount;
import org.waymark.user.UserChange;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A person's account as an admin types it: name, email address, job title, roles, and the
 * programmes they lead and champion; when changing one, the version the form showed.
 */
public class UserForm {

	private String displayName;

	@Email(message = "{users.error.emailInvalid}")
	@Size(max = 100, message = "{users.error.emailTooLong}")
	private String email;

	@Size(max = 255, message = "{users.error.jobTitleTooLong}")
	private String jobTitle;

	private List<Role> roles = new ArrayList<>();

	private List<Long> leads = new ArrayList<>();

	private List<Long> champions = new ArrayList<>();

	private String version;

	static UserForm showing(UserAccount account) {
		UserForm form = new UserForm();
		form.displayName = account.getDisplayName();
		form.email = account.getUsername();
		form.jobTitle = account.getJobTitle();
		form.roles = account.getRoles().stream().sorted().toList();
		form.leads = account.getAssignedProgrammes().stream().map((p) -> p.getId()).toList();
		form.champions = account.getChampionedProgrammes().stream().map((p) -> p.getId()).toList();
		form.version = String.valueOf(account.getVersion());
		return form;
	}

	/**
	 * Checks the fields together, rejecting what is wrong.
	 * @return the change asked for, or {@code null} when something was rejected
	 */
	UserChange toChange(Errors errors) {
		if (isBlank(this.displayName)) {
			errors.rejectValue("displayName", "users.error.nameMissing");
		}
		else if (this.displayName.strip().length() > 255) {
			errors.rejectValue("displayName", "users.error.nameTooLong");
		}
		if (isBlank(this.email)) {
			errors.rejectValue("email", "users.error.emailMissing");
		}
		else if (!errors.hasFieldErrors("email") && !this.email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			errors.rejectValue("email", "users.error.emailInvalid");
		}
		Set<Role> chosen = (this.roles == null || this.roles.isEmpty()) ? EnumSet.noneOf(Role.class)
				: EnumSet.copyOf(this.roles);
		if (chosen.isEmpty()) {
			errors.rejectValue("roles", "users.error.rolesMissing");
		}
		Set<Long> led = (this.leads == null) ? Set.of() : new HashSet<>(this.leads);
		Set<Long> championed = (this.champions == null) ? Set.of() : new HashSet<>(this.champions);
		if (!led.isEmpty() && !chosen.contains(Role.LEAD)) {
			errors.rejectValue("leads", "users.error.leadsNeedLeadRole");
		}
		if (!championed.isEmpty() && !chosen.contains(Role.SCRUTINY)) {
			errors.rejectValue("champions", "users.error.championsNeedScrutinyRole");
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new UserChange(this.email.strip(), this.displayName.strip(), this.jobTitle, chosen, led, championed);
	}

	/** The version the form showed; -1 (never current) when missing or malformed. */
	long versionShown() {
		try {
			return (this.version == null) ? -1 : Long.parseLong(this.version.strip());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getJobTitle() {
		return this.jobTitle;
	}

	public void setJobTitle(String jobTitle) {
		this.jobTitle = jobTitle;
	}

	public List<Role> getRoles() {
		return this.roles;
	}

	public void setRoles(List<Role> roles) {
		this.roles = roles;
	}

	public List<Long> getLeads() {
		return this.leads;
	}

	public void setLeads(List<Long> leads) {
		this.leads = leads;
	}

	public List<Long> getChampions() {
		return this.champions;
	}

	public void setChampions(List<Long> champions) {
		this.champions = champions;
	}

	public String getVersion() {
		return this.version;
	}

	public void setVersion(String version) {
		this.version = version;
	}

}
