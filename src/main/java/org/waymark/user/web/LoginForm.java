package org.waymark.user.web;

/**
 * What the sign-in page shows in its fields. Spring Security reads the posted
 * {@code username} and {@code password} itself; this object only carries the page's error
 * back to the fields.
 */
public class LoginForm {

	private String username;

	private String password;

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
