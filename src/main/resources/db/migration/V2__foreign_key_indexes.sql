-- Index the referencing side of foreign keys that V1 left without one, so that deleting a
-- referenced row (a measure, a value, an action, a user) does not scan the referencing table.
create index ix_report_measure_row_measure on report_measure_row (measure_id);
create index ix_report_measure_row_current on report_measure_row (current_value_id);
create index ix_report_measure_row_previous on report_measure_row (previous_value_id);
create index ix_action_sub_objective on action (sub_objective_id);
create index ix_action_carried_from on action (carried_from_id);
create index ix_action_measure_measure on action_measure (measure_id);
create index ix_executive_summary_status_programme on executive_summary_status (programme_id);
create index ix_programme_assignment_user on programme_assignment (user_id);
create index ix_champion_link_user on champion_link (user_id);
