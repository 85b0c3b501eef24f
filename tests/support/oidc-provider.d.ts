// oidc-provider ships no types; this is the part of its API the tests use
// (https://github.com/panva/node-oidc-provider/blob/main/docs/README.md).
declare module 'oidc-provider' {
  import type { IncomingMessage, ServerResponse } from 'node:http';

  export type ProviderAccount = {
    accountId: string;
    claims: () => Record<string, unknown> | Promise<Record<string, unknown>>;
  };

  // eslint-disable-next-line no-restricted-syntax -- the package's only export is its default
  export default class Provider {
    constructor(issuer: string, configuration: Record<string, unknown>);
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
  }
}
