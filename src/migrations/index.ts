import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261125232139 } from './Migration20261125232139.js';
import { Migration20261125234010 } from './Migration20261125234010.js';
import { Migration20261126000638 } from './Migration20261126000638.js';
import { Migration20261126002225 } from './Migration20261126002225.js';
import { Migration20261126004515 } from './Migration20261126004515.js';
import { Migration20261126010000 } from './Migration20261126010000.js';
import { Migration20261126022415 } from './Migration20261126022415.js';
import { Migration20261126030000 } from './Migration20261126030000.js';
import { Migration20261126031000 } from './Migration20261126031000.js';
import { Migration20261126051259 } from './Migration20261126051259.js';
import { Migration20261202180000 } from './Migration20261202180000.js';
import { Migration20261203070000 } from './Migration20261203070000.js';
import { Migration20261203100000 } from './Migration20261203100000.js';
import { Migration20261203110000 } from './Migration20261203110000.js';
import { Migration20261203130623 } from './Migration20261203130623.js';
import { Migration20261203150000 } from './Migration20261203150000.js';
import { Migration20261203153000 } from './Migration20261203153000.js';
import { Migration20261203160000 } from './Migration20261203160000.js';
import { Migration20261203161000 } from './Migration20261203161000.js';
import { Migration20261204135020 } from './Migration20261204135020.js';
import { Migration20261204140000 } from './Migration20261204140000.js';
import { Migration20261204163000 } from './Migration20261204163000.js';
import { Migration20261204204710 } from './Migration20261204204710.js';
import { Migration20261204210000 } from './Migration20261204210000.js';
import { Migration20261205130000 } from './Migration20261205130000.js';
import { Migration20261205131000 } from './Migration20261205131000.js';
import { Migration20261205132000 } from './Migration20261205132000.js';
import { Migration20261205133000 } from './Migration20261205133000.js';
import { Migration20261205134000 } from './Migration20261205134000.js';
import { Migration20261205135000 } from './Migration20261205135000.js';
import { Migration20261206020000 } from './Migration20261206020000.js';
import { Migration20261206040000 } from './Migration20261206040000.js';
import { Migration20261206200000 } from './Migration20261206200000.js';
import { Migration20261206203000 } from './Migration20261206203000.js';
import { Migration20261207000000 } from './Migration20261207000000.js';
import { Migration20261207030000 } from './Migration20261207030000.js';

/**
 * Every migration, in order. Listed statically (not globbed) so that they load the same way under
 * ESM, jest and the compiled build. `npm run migration:create` writes a new one from the difference
 * between the entities and a migrated database; add it here.
 */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261125232139', class: Migration20261125232139 },
  { name: 'Migration20261125234010', class: Migration20261125234010 },
  { name: 'Migration20261126000638', class: Migration20261126000638 },
  { name: 'Migration20261126002225', class: Migration20261126002225 },
  { name: 'Migration20261126004515', class: Migration20261126004515 },
  { name: 'Migration20261126010000', class: Migration20261126010000 },
  { name: 'Migration20261126022415', class: Migration20261126022415 },
  { name: 'Migration20261126030000', class: Migration20261126030000 },
  { name: 'Migration20261126031000', class: Migration20261126031000 },
  { name: 'Migration20261126051259', class: Migration20261126051259 },
  { name: 'Migration20261202180000', class: Migration20261202180000 },
  { name: 'Migration20261203070000', class: Migration20261203070000 },
  { name: 'Migration20261203100000', class: Migration20261203100000 },
  { name: 'Migration20261203110000', class: Migration20261203110000 },
  { name: 'Migration20261203130623', class: Migration20261203130623 },
  { name: 'Migration20261203150000', class: Migration20261203150000 },
  { name: 'Migration20261203153000', class: Migration20261203153000 },
  { name: 'Migration20261203160000', class: Migration20261203160000 },
  { name: 'Migration20261203161000', class: Migration20261203161000 },
  { name: 'Migration20261204135020', class: Migration20261204135020 },
  { name: 'Migration20261204140000', class: Migration20261204140000 },
  { name: 'Migration20261204163000', class: Migration20261204163000 },
  { name: 'Migration20261204204710', class: Migration20261204204710 },
  { name: 'Migration20261204210000', class: Migration20261204210000 },
  { name: 'Migration20261205130000', class: Migration20261205130000 },
  { name: 'Migration20261205131000', class: Migration20261205131000 },
  { name: 'Migration20261205132000', class: Migration20261205132000 },
  { name: 'Migration20261205133000', class: Migration20261205133000 },
  { name: 'Migration20261205134000', class: Migration20261205134000 },
  { name: 'Migration20261205135000', class: Migration20261205135000 },
  { name: 'Migration20261206020000', class: Migration20261206020000 },
  { name: 'Migration20261206040000', class: Migration20261206040000 },
  { name: 'Migration20261206200000', class: Migration20261206200000 },
  { name: 'Migration20261206203000', class: Migration20261206203000 },
  { name: 'Migration20261207000000', class: Migration20261207000000 },
  { name: 'Migration20261207030000', class: Migration20261207030000 },
];
