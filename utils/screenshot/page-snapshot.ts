/**
 * Injected into the Seller Center tab with `scripting.executeScript` (only when the seller ticked the screenshot
 * option and no screen capture is possible): the visible part of the page as XHTML with the page's readable CSS,
 * for the extension page to draw. Self-contained (executeScript serializes the function): no imports, no closures.
 * Form fields' typed values are properties, not attributes, so the copy never holds them; scripts are left out.
 */
export interface PageSnapshot {
  xhtml: string;
  width: number;
  height: number;
  url: string;
}

export function snapshotPage(maxWidth: number, maxHeight: number): PageSnapshot {
  const width = Math.min(document.documentElement.clientWidth || innerWidth, maxWidth);
  const height = Math.min(innerHeight, maxHeight);
  const css: string[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    try {
      for (const rule of Array.from(sheet.cssRules)) css.push(rule.cssText);
    } catch {
      // a cross-origin stylesheet cannot be read: drawn without it
    }
  }
  const root = document.documentElement.cloneNode(true) as HTMLElement;
  for (const el of Array.from(root.querySelectorAll('script,noscript,iframe,object,embed,link,style,video,audio')))
    el.remove();
  const style = document.createElement('style');
  style.textContent = css.join('\n');
  (root.querySelector('head') ?? root).append(style);
  // What is scrolled into view, as on screen.
  root.style.setProperty('margin-top', `-${Math.round(scrollY)}px`);
  root.style.setProperty('width', `${width}px`);
  return { xhtml: new XMLSerializer().serializeToString(root), width, height, url: location.href };
}
