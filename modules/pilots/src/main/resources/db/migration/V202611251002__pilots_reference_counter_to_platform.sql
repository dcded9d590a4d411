-- Pilot references now come from the platform's counter; the numbers handed out so far move there.
insert into platform_reference_counter (prefix, year, last_value)
select 'P', year, last_value from pilot_reference_counter;

drop table pilot_reference_counter;
