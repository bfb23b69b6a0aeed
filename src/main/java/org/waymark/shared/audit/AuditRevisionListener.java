package org.waymark.shared.audit;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.waymark.shared.ChangeSetInfo;

/**
 * Attributes each audited change to the signed-in user, or to "system" for start-up work
 * such as loading the demo data.
 */
public class AuditRevisionListener implements RevisionListener {

	static final String SYSTEM = ChangeSetInfo.DATA_LOAD;

	@Override
	public void newRevision(Object revisionEntity) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String username = (authentication != null && authentication.isAuthenticated()) ? authentication.getName()
				: SYSTEM;
		((AuditRevision) revisionEntity).setUsername(username);
	}

}
