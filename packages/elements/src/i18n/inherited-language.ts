/**
 * The language a component speaks when the host sets none on it: the closest `lang` above it,
 * looking out through the shadow roots it sits in, then the document's. The element's own `lang`
 * is not looked at, so a reflected empty `lang=""` cannot hide a Welsh page around it.
 */
export function inheritedLanguage(element: Element): string {
  let node: Element | null = parentOf(element);
  while (node) {
    const tag = node.getAttribute('lang');
    if (tag) return tag;
    node = parentOf(node);
  }
  return document.documentElement.lang;
}

function parentOf(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
