import type { EntityManager } from '@mikro-orm/postgresql';
export async function seedDemoTown(_em: EntityManager, _options: { timeZone: string; today: Date }): Promise<boolean> {
  return false;
}
