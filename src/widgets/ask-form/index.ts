/** What the npm entry exports from the ask form: the element class and its typed events (its define module registers the tag). */
export { GovAskForm, type AskView } from './ask-form.js';
export type { GovAskSubmitDetail, GovAskSuccessDetail, GovAskFailureDetail, GovAskFailureReason, GovAskEventMap } from './events.js';
