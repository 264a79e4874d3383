import * as classes from './classes.js';
import { defineEach } from './core/define.js';
import { ELEMENTS } from './elements.js';

// The whole library as one ES module (dist/coalition-embed.mjs): each tag is defined in a task
// of its own, after the module's own task, so upgrading and first rendering the page's widgets
// never makes one long task. (The pasted script, src/loader/, loads each element on its own.)
defineEach(ELEMENTS.map(({ className }) => classes[className]));

export * from './classes.js';
