/** What the npm entry exports from the policy feed: the element class (its define module registers the tag). */
export { GovPolicyFeed } from './policy-feed.js';
