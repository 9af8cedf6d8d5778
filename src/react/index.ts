/**
 * React wrappers of the three widgets (`gov-widgets/react`), made with `@lit/react`: typed props (every public
 * property, objects such as `data` included, set as properties, never as `"[object Object]"` attributes) and
 * typed event props.
 *
 * They do not define the elements: import the define modules (`gov-widgets/policy-feed/define` …) or load the
 * script-tag bundle, before or after React's first render. Props set before the element is defined are kept by
 * the element and applied when it upgrades, so a deferred CDN script or a lazy `import()` works too.
 *
 * ```tsx
 * import 'gov-widgets/policy-feed/define';
 * import { PolicyFeed } from 'gov-widgets/react';
 * <PolicyFeed src="/disclosure.json" limit={5} onGovLoad={(e) => console.log(e.detail.count)} />;
 * ```
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { GovErrorDetail, GovLoadDetail } from '../core/events.js';
import { GovAccountDirectory } from '../widgets/account-directory/account-directory.js';
import { GovAskForm } from '../widgets/ask-form/ask-form.js';
import type { GovAskFailureDetail, GovAskSubmitDetail, GovAskSuccessDetail } from '../widgets/ask-form/events.js';
import { GovPolicyFeed } from '../widgets/policy-feed/policy-feed.js';

const dataEvents = {
  /** `gov-load`: the widget has data and shows it. */
  onGovLoad: 'gov-load' as EventName<CustomEvent<GovLoadDetail>>,
  /** `gov-error`: the widget shows an error instead of data. */
  onGovError: 'gov-error' as EventName<CustomEvent<GovErrorDetail>>,
};

/** `<gov-policy-feed>` as a React component. */
export const PolicyFeed = createComponent({
  react: React,
  tagName: 'gov-policy-feed',
  elementClass: GovPolicyFeed,
  events: dataEvents,
  displayName: 'PolicyFeed',
});

/** `<gov-account-directory>` as a React component. */
export const AccountDirectory = createComponent({
  react: React,
  tagName: 'gov-account-directory',
  elementClass: GovAccountDirectory,
  events: dataEvents,
  displayName: 'AccountDirectory',
});

/** `<gov-ask-form>` as a React component; `onGovAskSubmit` may call `event.detail.waitUntil(promise)`. */
export const AskForm = createComponent({
  react: React,
  tagName: 'gov-ask-form',
  elementClass: GovAskForm,
  events: {
    ...dataEvents,
    onGovAskSubmit: 'gov-ask-submit' as EventName<CustomEvent<GovAskSubmitDetail>>,
    onGovAskSuccess: 'gov-ask-success' as EventName<CustomEvent<GovAskSuccessDetail>>,
    onGovAskFailure: 'gov-ask-failure' as EventName<CustomEvent<GovAskFailureDetail>>,
  },
  displayName: 'AskForm',
});
