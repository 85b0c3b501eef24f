-- The function of the trigger that keeps data_access_log append-only. MikroORM names and writes it
-- from the entity's @Trigger (src/entities/accounts/data-access-log.entity.ts), whose body must stay
-- the same as this one: tests/schema/migrations.test.ts compares the entity with the database.
create or replace function "data_access_log_data_access_log_append_only_fn"() returns trigger as $$ begin raise exception 'data_access_log is append-only' using errcode = 'insufficient_privilege'; end; $$ language plpgsql;
