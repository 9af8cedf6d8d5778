/**
 * Registers custom elements so that loading a script twice, or two versions of gov-widgets, never throws:
 * the first definition wins, and a differing version is reported once with `console.warn`.
 */
import { VERSION } from '../version.js';

export interface VersionedElement extends CustomElementConstructor {
  readonly version?: string;
}

/** Defines `tag` unless it is defined already. Returns the constructor in use for the tag, or undefined without a registry. */
export function defineElement(tag: string, constructor: VersionedElement): CustomElementConstructor | undefined {
  const registry = globalThis.customElements;
  if (!registry) return undefined;
  const existing: VersionedElement | undefined = registry.get(tag);
  if (existing) {
    if (existing !== constructor) {
      const theirs = existing.version ?? 'unknown';
      const ours = constructor.version ?? VERSION;
      if (theirs !== ours) {
        console.warn(`[gov-widgets] <${tag}> is already defined by gov-widgets ${theirs}; this copy (${ours}) is not used.`);
      }
    }
    return existing;
  }
  try {
    registry.define(tag, constructor);
    return constructor;
  } catch (error) {
    // A race with another definition, or a registry that refuses: keep whatever is registered.
    console.warn(`[gov-widgets] could not define <${tag}>:`, error);
    return registry.get(tag);
  }
}
