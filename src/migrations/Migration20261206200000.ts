import { Migration } from '@mikro-orm/migrations';
import { functionSourceText, type FunctionSource } from './database-functions.js';

/**
 * A page of the service catalogue without search terms as a PL/pgSQL function, catalogue_page
 * (issue #23: bench Q1 uncached), planned once per connection like slot_candidates.
 */
export class Migration20261206200000 extends Migration {
  override name = 'Migration20261206200000';

  static readonly functions: FunctionSource[] = [
    {
      file: 'catalogue/catalogue-page.sql',
      sha256: '3d68326270d865fd13bbdea15b682868eb38ad60b1ab4eaf24fdb45acba3edbd',
    },
  ];

  override up(): void | Promise<void> {
    for (const source of Migration20261206200000.functions) {
      this.addSql(functionSourceText(source.file));
    }
  }

  override down(): void | Promise<void> {
    this.addSql(`drop function catalogue_page(uuid, uuid, boolean, text, int, int);`);
  }
}
