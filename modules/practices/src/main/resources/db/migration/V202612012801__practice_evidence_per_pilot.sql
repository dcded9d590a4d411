-- Evidence is one row per pilot and practice, ordered by when it was recorded; no position to compute, so two
-- pilots closing on the same practice add their rows side by side.
alter table practice_evidence drop constraint practice_evidence_pkey;
delete from practice_evidence a using practice_evidence b
where a.practice_id = b.practice_id and a.pilot_reference = b.pilot_reference and a.position > b.position;
alter table practice_evidence drop column position;
alter table practice_evidence add primary key (practice_id, pilot_reference);
