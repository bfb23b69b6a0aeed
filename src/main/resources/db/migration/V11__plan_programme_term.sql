-- What a plan calls its programmes: "programme" in the CYPP 2016-2019, "priority" in plans
-- that are organised around priorities. Lower case, as used mid-sentence; pages capitalise
-- it at the start of a heading or table cell.
alter table plan add column programme_term varchar(40) default 'programme' not null;
alter table plan add column programme_term_plural varchar(40) default 'programmes' not null;
