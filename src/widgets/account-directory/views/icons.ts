/**
 * The directory's icons. The platform icons are simple glyphs drawn here (a chat bubble, a note, a television …),
 * not the platforms' trademarked logos; they are decoration (`aria-hidden`), the name is always text.
 */
import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Platform } from '../../../contract/index.js';

// 24 × 24 glyphs, drawn with the current colour in strokes of 1.75.
const GLYPHS: Record<Platform, SVGTemplateResult> = {
  // Two chat bubbles.
  wechat_oa: svg`<path d="M9.5 4C5.4 4 2.5 6.6 2.5 9.6c0 1.8 1 3.3 2.6 4.4L4.5 16.5l2.9-1.4c.7.2 1.4.3 2.1.3"/><path d="M15 9c-3.6 0-6.5 2.3-6.5 5.1s2.9 5.1 6.5 5.1c.6 0 1.2-.1 1.8-.2l2.6 1.3-.6-2.2c1.6-.9 2.7-2.4 2.7-4 0-2.8-2.9-5.1-6.5-5.1z"/>`,
  // A play button in a frame.
  wechat_channels: svg`<rect x="3" y="4" width="18" height="16" rx="4"/><path d="M10 8.5v7l6-3.5z"/>`,
  // A speech bubble with lines of text.
  weibo: svg`<path d="M4 5h16v11H11l-5 3.5V16H4z"/><path d="M8 9h8M8 12.5h5"/>`,
  // A musical note.
  douyin: svg`<path d="M14 3v12.5"/><circle cx="10.5" cy="16.5" r="3.5"/><path d="M14 3c.4 2.6 2.4 4.4 5 4.6"/>`,
  // A video camera.
  kuaishou: svg`<rect x="2.5" y="7" width="13" height="10" rx="2"/><path d="M15.5 11l6-3.5v9l-6-3.5"/>`,
  // A newspaper.
  toutiao: svg`<path d="M4 4h13v16H6a2 2 0 0 1-2-2z"/><path d="M17 8h3v10a2 2 0 0 1-4 0"/><path d="M7 8h7M7 11.5h7M7 15h4"/>`,
  // A television with antennas.
  bilibili: svg`<rect x="3" y="7" width="18" height="13" rx="3"/><path d="M8 3l3 4M16 3l-3 4M9 12.5v2M15 12.5v2"/>`,
  // A notebook.
  xiaohongshu: svg`<rect x="5" y="3" width="14" height="18" rx="2"/><path d="M9 3v18M12 8h4M12 11.5h4"/>`,
  // A phone.
  app: svg`<rect x="6.5" y="2.5" width="11" height="19" rx="2.5"/><path d="M10.5 18.5h3"/>`,
  // Four tiles.
  miniprogram: svg`<rect x="3.5" y="3.5" width="7" height="7" rx="1.5"/><rect x="13.5" y="3.5" width="7" height="7" rx="1.5"/><rect x="3.5" y="13.5" width="7" height="7" rx="1.5"/><circle cx="17" cy="17" r="3.5"/>`,
  // A globe.
  website: svg`<circle cx="12" cy="12" r="9"/><path d="M3 12h18M12 3c2.5 2.6 3.6 5.6 3.6 9s-1.1 6.4-3.6 9c-2.5-2.6-3.6-5.6-3.6-9S9.5 5.6 12 3z"/>`,
  // A chain link.
  other: svg`<path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1"/><path d="M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1"/>`,
};

/** The platform's icon: decoration only, hidden from assistive technology. */
export function platformIcon(platform: Platform): TemplateResult {
  return html`<svg
    class="icon"
    part="icon"
    viewBox="0 0 24 24"
    aria-hidden="true"
    focusable="false"
    fill="none"
    stroke="currentColor"
    stroke-width="1.75"
    stroke-linecap="round"
    stroke-linejoin="round"
  >${GLYPHS[platform]}</svg>`;
}

/** A check mark in a circle, beside the words "verified". */
export function verifiedIcon(): TemplateResult {
  return html`<svg class="icon verified-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${svg`<path d="M21 12a9 9 0 1 1-18 0a9 9 0 1 1 18 0zM8 12.5l2.7 2.7L16.5 9.5"/>`}</svg>`;
}
