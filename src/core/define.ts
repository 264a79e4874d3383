import { nextFrame } from './tasks.js';

/**
 * Registers a tag once. A partner may paste the script twice, a CMS may bundle a second copy, or
 * another library may own the name already; none of these may throw into the host page.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  try {
    const existing = customElements.get(tag);
    if (existing) {
      if (!(existing as { coalitionEmbed?: boolean }).coalitionEmbed) {
        console.warn(`[coalition-embed] <${tag}> is already defined by another script; keeping that definition.`);
      }
      return;
    }
    customElements.define(tag, ctor);
  } catch (e) {
    console.warn(`[coalition-embed] <${tag}> could not be registered: ${e instanceof Error ? e.message : e}`);
  }
}

/**
 * Defines each tag in a frame of its own, starting after the script's own (see tasks.ts), and
 * the next only once the page's elements of this one have rendered (in the frame after their
 * definition, see base.ts): two tags' work never shares a frame.
 */
export async function defineEach(elements: Array<{ define(): void; element: { tag: string } }>): Promise<void> {
  for (const ctor of elements) {
    await nextFrame();
    ctor.define();
    const { tag } = ctor.element;
    // Plain loops: a host page may have patched the array built-ins to throw, and every tag must
    // still be defined (where rendering is impossible, each element says so once).
    try {
      const rendering: unknown[] = [];
      for (const el of document.querySelectorAll(tag))
        rendering.push((el as Element & { updateComplete?: Promise<unknown> }).updateComplete);
      await Promise.all(rendering);
    } catch {
      /* its report is the element's own */
    }
  }
}
