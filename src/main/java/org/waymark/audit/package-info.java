/**
 * The audit log: a readable record of who did what and when across the application
 * (sign-ins, failed sign-ins, report state changes, user and permission changes, plan
 * set-up, reminders), which other modules write through
 * {@link org.waymark.audit.AuditLog} and an admin reads, filters and exports. It depends
 * on no other module, so any module may record to it.
 */
package org.waymark.audit;
