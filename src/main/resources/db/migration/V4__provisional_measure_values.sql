-- A value a lead records in a report is provisional until that report is published: until then
-- it is not the measure's latest value anywhere else (programme pages, next quarter's report).
alter table measure_value add column provisional boolean default false not null;
alter table measure_value_aud add column provisional boolean;
