/**
 * gov-widgets, the npm entry: the contract in code, the element base and the helpers widgets share.
 * Importing this module defines no element; import a widget's define module (or a script bundle) for that.
 */
export * from './contract/index.js';
export { GovElement, type LoadState } from './core/gov-element.js';
export { DataController, PagedDataController, type DataSpec, type DataHost } from './core/data-controller.js';
export { defineElement, type VersionedElement } from './core/define.js';
export { emit, type GovErrorDetail, type GovEventMap, type GovLoadDetail } from './core/events.js';
export { VERSION } from './version.js';
export { GovAccountDirectory } from './widgets/account-directory/index.js';
export { GovPolicyFeed } from './widgets/policy-feed/index.js';
export {
  GovAskForm,
  type AskView,
  type GovAskSubmitDetail,
  type GovAskSuccessDetail,
  type GovAskFailureDetail,
  type GovAskFailureReason,
} from './widgets/ask-form/index.js';
