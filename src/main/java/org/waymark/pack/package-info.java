/**
 * The committee pack: a quarter's data as the reader may see it, written out for
 * committee papers — programme statuses, measures and actions as a spreadsheet workbook
 * and as CSV files.
 */
package org.waymark.pack;
