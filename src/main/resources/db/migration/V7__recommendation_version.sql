-- Recommendations are edited in the register: optimistic locking, so that two people
-- changing the same recommendation cannot overwrite each other silently.
alter table recommendation add column version bigint default 0 not null;
