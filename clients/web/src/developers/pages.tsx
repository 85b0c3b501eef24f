import { useRoute } from 'preact-iso';
import { routes } from '../lib/routes';
import { DevelopersPage } from './developers-page';
import { MyApiKeysPage } from './my-api-keys-page';

/**
 * The developers' pages as one chunk and one lazy route component (each costs the start page a
 * few bytes): the API keys of "my town hall" and the developers' page.
 */
export function DeveloperPages() {
  return useRoute().path === routes.myApiKeys ? <MyApiKeysPage /> : <DevelopersPage />;
}
