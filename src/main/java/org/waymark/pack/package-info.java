/**
 * The committee pack: a quarter's data as the reader may see it, written out for
 * committee papers — programme statuses, measures and actions as a spreadsheet workbook
 * and as CSV files; the quarter's committee pack as PDF; the executive summary and
 * highlight reports as Word documents.
 */
package org.waymark.pack;
