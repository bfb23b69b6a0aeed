-- Action plans, objectives and sub-objectives are edited on screens now: each carries the version its
-- form showed, so that two editors cannot silently overwrite each other (actions already have one).
-- None of the three is audited, so there are no _aud columns to add.
alter table action_plan add column version bigint default 0 not null;
alter table objective add column version bigint default 0 not null;
alter table sub_objective add column version bigint default 0 not null;
