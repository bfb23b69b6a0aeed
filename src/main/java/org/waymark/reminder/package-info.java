/**
 * Reminders and chasers: tells each lead by email when a quarter opens and before their
 * report is due, tells the admins when one is overdue, lets the business manager chase a
 * late return, and keeps every message (sent, or listed in the application when no mail
 * server is configured) so that none is sent twice.
 */
package org.waymark.reminder;
