// The few DOM members the web stage uses, typed here (the project compiles without the DOM lib).
// linkedom provides them: a DOM without a script engine or a network stack, so a parsed page can
// neither run its scripts nor fetch anything.

/**
 * linkedom, loaded on first use: evaluating it takes a noticeable part of a second, which the
 * editor should not pay at activation when no web page is ever read (the bundler keeps this
 * require lazy; Node and the bundle cache the module after the first call).
 */
function linkedom(): { parseHTML(html: string): { document: unknown } } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('linkedom') as { parseHTML(html: string): { document: unknown } };
}

export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  parentNode: DomNode | null;
}

export interface DomElement extends DomNode {
  tagName: string;
  getAttribute(name: string): string | null;
  removeAttribute(name: string): void;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
}

export interface DomDocument extends DomElement {
  documentElement: DomElement;
  body: DomElement | null;
  title: string;
}

export const TEXT_NODE = 3;
export const ELEMENT_NODE = 1;

/** Parses a page (never runs a script, never loads a resource). */
export function parsePage(html: string): DomDocument {
  // linkedom builds no <html> element for a bare fragment; a browser would add one
  const whole = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return linkedom().parseHTML(whole).document as DomDocument;
}
