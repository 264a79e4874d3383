import * as classes from './classes.js';
import { ELEMENTS } from './elements.js';

export * from './classes.js';
export type { CoalitionErrorDetail, CoalitionEventMap } from './core/events.js';
export type { ElementDescription } from './core/element.js';

// A library defines its tags at import, in the registry's order (a way out first).
for (const { className } of ELEMENTS) classes[className].define();
