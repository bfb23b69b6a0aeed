-- A correction to a published highlight report is a new revision that says why it was made.
alter table highlight_report add column correction_reason text;
alter table highlight_report_aud add column correction_reason text;
