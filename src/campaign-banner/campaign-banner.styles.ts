import { css } from 'lit';

/*
 * Written one rule per line: template text is shipped as written (the size report counts every
 * space). Fixed bars are out of the page's flow, so appearing or going away at a schedule boundary
 * never moves the partner's content (no layout shift); they always have a close button and are
 * capped at half the viewport, so they never cover the page for good.
 */
export const bannerStyles = css`
.box{position:relative;background:var(--_surface);color:var(--_text);border-radius:var(--_radius);padding:1rem 1.25rem;line-height:1.5}
.box:has(.close){padding-inline-end:3.5rem}
h2{margin:0 0 .5rem;font-size:1.25em}
p,[part=message]{margin:0 0 .75rem}
a,button{color:inherit;font:inherit;cursor:pointer}
[part=cta],[part=show]{display:inline-block;margin-inline-end:1rem;padding:.5rem 1rem;border:2px solid var(--_accent);border-radius:var(--_radius);background:var(--_accent);color:var(--_accent-text);font-weight:600;text-decoration:none}
[part=show]{background:none;color:inherit}
.close{position:absolute;top:.25rem;inset-inline-end:.25rem;width:2.75rem;height:2.75rem;border:0;background:none;font-size:1.5rem}
.top,.bottom{position:fixed;inset-inline:0;z-index:2147483647;max-height:50vh;overflow:auto;border-radius:0;outline:1px solid var(--_border);animation:in .3s}
.top{top:0}
.bottom{bottom:0}
.box:not(.live){display:flex;flex-wrap:wrap;align-items:center;gap:.5rem;padding-block:.5rem}
.box:not(.live) p{margin:0;flex:1}
dialog{width:40rem;padding:0;border:0;background:none;animation:in .3s}
dialog .box{padding:2rem}
::backdrop{background:var(--coalition-backdrop,#000e)}
@keyframes in{from{opacity:0}}
`;
