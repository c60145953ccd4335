-- Positions sorted by actor (sort=actor) read in that order from an index too.
create index position_actor_order_idx on position (actor_name, id);
