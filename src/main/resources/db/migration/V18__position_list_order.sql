-- The position list's order (issue code, actor name, valid from, id) crosses two joins, so no
-- index could serve it and every page sorted every position of the first issues. The two sort
-- keys are kept on the position itself, by triggers, and indexed in list order.
alter table position add column issue_code text, add column actor_name text;
update position p set issue_code = i.code, actor_name = a.name
from issue i, actor a
where i.id = p.issue_id and a.id = p.actor_id;
alter table position alter column issue_code set not null, alter column actor_name set not null;

create function position_sort_keys() returns trigger
language plpgsql as $$
begin
    new.issue_code := (select code from issue where id = new.issue_id);
    new.actor_name := (select name from actor where id = new.actor_id);
    return new;
end $$;

create trigger position_sort_keys before insert or update of actor_id, issue_id, issue_code, actor_name
    on position for each row execute function position_sort_keys();

create function actor_name_to_positions() returns trigger
language plpgsql as $$
begin
    update position set actor_name = new.name where actor_id = new.id;
    return null;
end $$;

create trigger actor_name_to_positions after update of name on actor
    for each row when (old.name is distinct from new.name) execute function actor_name_to_positions();

create function issue_code_to_positions() returns trigger
language plpgsql as $$
begin
    update position set issue_code = new.code where issue_id = new.id;
    return null;
end $$;

create trigger issue_code_to_positions after update of code on issue
    for each row when (old.code is distinct from new.code) execute function issue_code_to_positions();

create index position_list_order_idx on position (issue_code, actor_name, valid_from nulls first, id);
