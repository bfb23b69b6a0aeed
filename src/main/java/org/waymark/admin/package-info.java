/**
 * The business manager's administration home: the way in to setting up plans and
 * programmes, people, the reporting calendar, reminders and the audit log, each of which
 * lives in its own module.
 */
package org.waymark.admin;
