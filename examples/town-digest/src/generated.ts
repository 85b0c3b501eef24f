/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** A language of the texts. DE_LS is Leichte Sprache (easy German). */
export type Language =
  /** German (Deutsch) */
  | 'DE'
  /** Easy German (Leichte Sprache); German where no easy version exists. */
  | 'DE_LS'
  /** English */
  | 'EN';

export type TownDigestQueryVariables = Exact<{
  lang: Language;
  announcements: number;
}>;


export type TownDigestQuery = { offices: Array<{ name: string, address: { street: string, postalCode: string, city: string }, openingHours: Array<{ weekday: number, opens: string, closes: string }> }>, announcements: { totalCount: number, edges: Array<{ node: { title: string, emergency: boolean, url: string } }> }, services: { totalCount: number } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const TownDigestDocument = new TypedDocumentString(`
    query TownDigest($lang: Language!, $announcements: Int!) {
  offices(lang: $lang) {
    name
    address {
      street
      postalCode
      city
    }
    openingHours {
      weekday
      opens
      closes
    }
  }
  announcements(first: $announcements, lang: $lang) {
    totalCount
    edges {
      node {
        title
        emergency
        url
      }
    }
  }
  services(first: 0, lang: $lang) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<TownDigestQuery, TownDigestQueryVariables>;