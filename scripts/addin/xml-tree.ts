/**
 * A namespace-aware XML element tree from saxes (a strict, well-formedness-checking parser): enough
 * to query a manifest by namespace and local name.
 */
import { SaxesParser } from 'saxes';

export interface XmlElement {
  /** Local name, e.g. `Runtime`. */
  readonly local: string;
  /** Namespace URI. */
  readonly uri: string;
  /** Attributes by local name, namespace-qualified ones by `{uri}local`; no xmlns declarations. */
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
}

export function parseXml(text: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const attribute of Object.values(tag.attributes)) {
      if (attribute.name === 'xmlns' || attribute.prefix === 'xmlns') continue; // namespace declarations
      if (attribute.uri === '') attributes[attribute.local] = attribute.value;
      else attributes[`{${attribute.uri}}${attribute.local}`] = attribute.value;
    }
    const element: XmlElement = { local: tag.local, uri: tag.uri, attributes, children: [], text: '' };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('text', (t) => {
    const current = stack[stack.length - 1];
    if (current) current.text += t;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(text).close();
  if (!root) throw new Error('no root element');
  return root;
}

/** Every element under `root` (itself included), depth first. */
export function* descendants(root: XmlElement): Generator<XmlElement> {
  yield root;
  for (const child of root.children) yield* descendants(child);
}

export function elements(root: XmlElement, local: string, uri?: string): XmlElement[] {
  return [...descendants(root)].filter((e) => e.local === local && (uri === undefined || e.uri === uri));
}

export function child(parent: XmlElement, local: string): XmlElement | undefined {
  return parent.children.find((e) => e.local === local);
}
