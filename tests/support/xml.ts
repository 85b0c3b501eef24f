// No XML parser is installed (node_modules has none, not even as a transitive dependency), so the
// feed tests parse with this one. It is deliberately strict: it checks well-formedness as XML 1.0
// defines it for what feeds use (one root, matching tags, quoted and unique attributes, only the
// predefined and numeric entities, no stray "<" or "&", declared namespace prefixes) and throws
// with the offset of the first violation, instead of guessing like an HTML parser would.

export type XmlElement = {
  /** The qualified name as written, e.g. "atom:link". */
  name: string;
  /** The namespace URI the element's prefix (or the default namespace) resolves to. */
  namespace: string | null;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own character data (entities decoded), children's text excluded. */
  text: string;
};

const NAME = /^[A-Za-z_][A-Za-z0-9._:-]*/;
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
// Characters XML 1.0 allows in a document.
const XML_CHAR = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

export class XmlError extends Error {}

function decode(raw: string, at: number): string {
  if (/<|&(?!(#[0-9]+|#x[0-9A-Fa-f]+|[A-Za-z]+);)/.test(raw)) {
    throw new XmlError(`unescaped < or & near offset ${at}: ${JSON.stringify(raw.slice(0, 40))}`);
  }
  return raw.replace(/&(#[0-9]+|#x[0-9A-Fa-f]+|[A-Za-z]+);/g, (_match, entity: string) => {
    if (entity.startsWith('#x')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    const value = PREDEFINED[entity];
    if (value === undefined) throw new XmlError(`undefined entity &${entity}; near offset ${at}`);
    return value;
  });
}

/** Parses a whole document; throws XmlError at the first well-formedness violation. */
export function parseXml(document: string): XmlElement {
  if (!XML_CHAR.test(document)) throw new XmlError('character not allowed in XML 1.0');
  let position = 0;
  const rest = () => document.slice(position);
  const skipSpace = () => {
    position += /^\s*/.exec(rest())![0].length;
  };
  const expect = (literal: string) => {
    if (!rest().startsWith(literal)) {
      throw new XmlError(`expected ${JSON.stringify(literal)} at offset ${position}`);
    }
    position += literal.length;
  };
  const skipMisc = () => {
    for (;;) {
      skipSpace();
      if (rest().startsWith('<!--')) {
        const end = document.indexOf('-->', position);
        if (end < 0) throw new XmlError('unterminated comment');
        position = end + 3;
      } else if (rest().startsWith('<?') && !rest().startsWith('<?xml ')) {
        const end = document.indexOf('?>', position);
        if (end < 0) throw new XmlError('unterminated processing instruction');
        position = end + 2;
      } else return;
    }
  };

  if (rest().startsWith('<?xml')) {
    const end = document.indexOf('?>');
    if (end < 0) throw new XmlError('unterminated XML declaration');
    const declaration = document.slice(0, end + 2);
    if (
      !/^<\?xml version="1\.[0-9]"( encoding="[A-Za-z][A-Za-z0-9._-]*")?( standalone="(yes|no)")?\s*\?>$/.test(
        declaration,
      )
    ) {
      throw new XmlError(`malformed XML declaration ${declaration}`);
    }
    position = end + 2;
  }
  skipMisc();

  function element(scopes: Map<string, string>): XmlElement {
    expect('<');
    const name = NAME.exec(rest())?.[0];
    if (!name) throw new XmlError(`expected an element name at offset ${position}`);
    position += name.length;
    const attributes: Record<string, string> = {};
    for (;;) {
      const before = position;
      skipSpace();
      if (rest().startsWith('/>') || rest().startsWith('>')) break;
      if (position === before) throw new XmlError(`expected whitespace at offset ${position}`);
      const attribute = NAME.exec(rest())?.[0];
      if (!attribute) throw new XmlError(`expected an attribute at offset ${position}`);
      position += attribute.length;
      skipSpace();
      expect('=');
      skipSpace();
      const quote = rest()[0];
      if (quote !== '"' && quote !== "'") {
        throw new XmlError(`unquoted attribute ${attribute} at offset ${position}`);
      }
      const end = document.indexOf(quote, position + 1);
      if (end < 0) throw new XmlError(`unterminated attribute ${attribute}`);
      if (attribute in attributes) throw new XmlError(`duplicate attribute ${attribute}`);
      attributes[attribute] = decode(document.slice(position + 1, end), position);
      position = end + 1;
    }
    const namespaces = new Map(scopes);
    for (const [attribute, value] of Object.entries(attributes)) {
      if (attribute === 'xmlns') namespaces.set('', value);
      else if (attribute.startsWith('xmlns:')) namespaces.set(attribute.slice(6), value);
    }
    const prefixOf = (qualified: string) =>
      qualified.includes(':') ? qualified.slice(0, qualified.indexOf(':')) : '';
    for (const qualified of [name, ...Object.keys(attributes)]) {
      const prefix = prefixOf(qualified);
      if (prefix && prefix !== 'xml' && prefix !== 'xmlns' && !namespaces.has(prefix)) {
        throw new XmlError(`undeclared namespace prefix ${prefix} in ${qualified}`);
      }
    }
    const node: XmlElement = {
      name,
      namespace: namespaces.get(prefixOf(name)) ?? null,
      attributes,
      children: [],
      text: '',
    };
    if (rest().startsWith('/>')) {
      position += 2;
      return node;
    }
    expect('>');
    for (;;) {
      const next = document.indexOf('<', position);
      if (next < 0) throw new XmlError(`element ${name} is not closed`);
      node.text += decode(document.slice(position, next), position);
      position = next;
      if (rest().startsWith('</')) {
        position += 2;
        const closing = NAME.exec(rest())?.[0];
        if (closing !== name) {
          throw new XmlError(`</${closing}> closes <${name}> at offset ${position}`);
        }
        position += closing.length;
        skipSpace();
        expect('>');
        return node;
      }
      if (rest().startsWith('<![CDATA[')) {
        const end = document.indexOf(']]>', position);
        if (end < 0) throw new XmlError('unterminated CDATA section');
        node.text += document.slice(position + 9, end);
        position = end + 3;
      } else if (rest().startsWith('<!--')) {
        const end = document.indexOf('-->', position);
        if (end < 0) throw new XmlError('unterminated comment');
        position = end + 3;
      } else {
        node.children.push(element(namespaces));
      }
    }
  }

  const root = element(new Map([['xml', 'http://www.w3.org/XML/1998/namespace']]));
  skipMisc();
  if (position !== document.length) {
    throw new XmlError(`content after the root element at offset ${position}`);
  }
  return root;
}

/** The children of an element with a name (as written). */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

/** The only child with a name; throws when there is none or more than one. */
export function onlyChild(element: XmlElement, name: string): XmlElement {
  const found = childrenNamed(element, name);
  if (found.length !== 1) {
    throw new Error(`<${element.name}> has ${found.length} <${name}> children, expected 1`);
  }
  return found[0]!;
}
