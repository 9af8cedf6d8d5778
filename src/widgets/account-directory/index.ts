/** What the npm entry exports from the account directory: the element class (its define module registers the tag). */
export { GovAccountDirectory } from './account-directory.js';
