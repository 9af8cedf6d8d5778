export { GovAskForm, type AskView } from './ask-form.js';
export type { GovAskSubmitDetail, GovAskSuccessDetail, GovAskFailureDetail, GovAskFailureReason, GovAskEventMap } from './events.js';
