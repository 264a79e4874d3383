// The builder page's script (dist/builder.js). It never defines the partner elements: the page
// loads the real dist/coalition-embed.mjs for the preview, so what the builder shows is what ships.
import { EmbedBuilder } from './embed-builder.js';

if (!customElements.get('embed-builder')) customElements.define('embed-builder', EmbedBuilder);
