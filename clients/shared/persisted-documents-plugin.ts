import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * Writes dist/persisted-documents.json: the documents of the build by id, merged from GraphQL
 * Code Generator's lists (`persisted-documents.json` in each of the client's outputs). The server
 * reads it at start and answers the app's ids from it (src/server/trusted-documents.ts).
 */
export function persistedDocumentList(lists: readonly string[]): Plugin {
  return {
    name: 'rathaus-persisted-document-list',
    generateBundle() {
      const documents: Record<string, string> = {};
      for (const list of lists) {
        Object.assign(documents, JSON.parse(readFileSync(list, 'utf8')) as Record<string, string>);
      }
      this.emitFile({
        type: 'asset',
        fileName: 'persisted-documents.json',
        source: `${JSON.stringify(documents, null, 2)}\n`,
      });
    },
  };
}
