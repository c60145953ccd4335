-- Actors in list order (by name) straight from an index: the actor list, and the stance
-- matrix, which walks actors by name and stops after a page of those holding a stance.
create index actor_name_order_idx on actor (name, id);
