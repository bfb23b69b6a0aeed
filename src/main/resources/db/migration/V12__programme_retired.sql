-- A retired programme keeps its history (reports, measures, actions stay readable) but is
-- no longer asked for returns: quarters list it only where it already has a report.
alter table improvement_programme add column retired boolean default false not null;
