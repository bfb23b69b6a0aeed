package org.waymark.plan;

/**
 * Published when the business manager opens a quarter for returns; reminders listen for
 * it to tell each lead their report is due.
 */
public record QuarterOpened(long planId, long periodId) {
}
