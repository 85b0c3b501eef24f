import { Migration } from '@mikro-orm/migrations';

/** Names without a German text were let through by the checks: a missing key makes them null. */
export class Migration20261126004515 extends Migration {
  override name = 'Migration20261126004515';

  override up(): void | Promise<void> {
    this.addSql(`alter table "category" drop constraint "category_name_has_german";`);
    this.addSql(
      `alter table "category" add constraint "category_name_has_german" check (coalesce(jsonb_typeof(name->'de') = 'string', false));`,
    );

    this.addSql(`alter table "office" drop constraint "office_name_has_german";`);
    this.addSql(
      `alter table "office" add constraint "office_name_has_german" check (coalesce(jsonb_typeof(name->'de') = 'string', false));`,
    );

    this.addSql(`alter table "service" drop constraint "service_name_has_german";`);
    this.addSql(
      `alter table "service" add constraint "service_name_has_german" check (coalesce(jsonb_typeof(name->'de') = 'string', false));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "category" drop constraint "category_name_has_german";`);
    this.addSql(
      `alter table "category" add constraint "category_name_has_german" check (jsonb_typeof((name -> 'de'::text)) = 'string'::text);`,
    );

    this.addSql(`alter table "office" drop constraint "office_name_has_german";`);
    this.addSql(
      `alter table "office" add constraint "office_name_has_german" check (jsonb_typeof((name -> 'de'::text)) = 'string'::text);`,
    );

    this.addSql(`alter table "service" drop constraint "service_name_has_german";`);
    this.addSql(
      `alter table "service" add constraint "service_name_has_german" check (jsonb_typeof((name -> 'de'::text)) = 'string'::text);`,
    );
  }
}
