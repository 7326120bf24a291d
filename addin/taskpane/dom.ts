/**
 * Building the pane's DOM. Text goes in through `textContent` only: workbook texts (sheet
 * names, codes, messages quoting cells) can never become markup.
 */

export type Child = Node | string;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes?: Readonly<Record<string, string>>, ...children: Child[]): HTMLElementTagNameMap[K];
export function el(tag: string, attributes?: Readonly<Record<string, string>>, ...children: Child[]): HTMLElement;
export function el(tag: string, attributes: Readonly<Record<string, string>> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  append(element, ...children);
  return element;
}

/** Strings become Text nodes (DOM `append`), never parsed as HTML. */
export function append(parent: Element, ...children: Child[]): void {
  parent.append(...children);
}

/** Replaces an element's content. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from taskpane.html`);
  return element as T;
}
