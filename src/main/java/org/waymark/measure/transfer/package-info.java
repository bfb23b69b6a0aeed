/**
 * A programme's measure values in and out of spreadsheets: the XLSX and CSV export, the
 * template, and the import that checks every row into a preview before anything is saved.
 */
package org.waymark.measure.transfer;
