import { Migration } from '@mikro-orm/migrations';
import { functionSourceText, type FunctionSource } from './database-functions.js';

/**
 * Issue #14: the database functions have their source in `.sql` files under their domain (each a
 * `create or replace function`), applied from there. The files hold the definitions the earlier
 * migrations created, so applying them changes nothing, and undoing this migration has nothing
 * to undo.
 */
export class Migration20261203100000 extends Migration {
  override name = 'Migration20261203100000';

  static readonly functions: FunctionSource[] = [
    {
      file: 'appointments/slot-candidates.sql',
      sha256: '8d36c69445c549ffd92487677f628349554d9e34a43bd28947edd602f2392518',
    },
    {
      file: 'messaging/conversation-messages.sql',
      sha256: '9417ccffbdce987541ba99a38fff54f5662a83415260329f9c1c8d6396a4d87e',
    },
    {
      file: 'messaging/inbox-page.sql',
      sha256: '132caa55b31743745a5da3f45d3ac896e1160f50e2fa1af98ace78c1a3e5af3a',
    },
    {
      file: 'accounts/data-access-log-append-only.sql',
      sha256: 'd46d2ae208b29c912887fc5bbdc6fa5db97b8291d6db3af80d139bbd1d178c8a',
    },
  ];

  override up(): void | Promise<void> {
    for (const source of Migration20261203100000.functions) {
      this.addSql(functionSourceText(source.file));
    }
  }

  override down(): void | Promise<void> {}
}
