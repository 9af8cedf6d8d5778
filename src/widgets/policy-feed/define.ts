/** Registers `<gov-policy-feed>` (once per page, whatever copies of gov-widgets load). */
import { defineElement } from '../../core/define.js';
import { GovPolicyFeed } from './policy-feed.js';

defineElement('gov-policy-feed', GovPolicyFeed);

declare global {
  interface HTMLElementTagNameMap {
    'gov-policy-feed': GovPolicyFeed;
  }
}
