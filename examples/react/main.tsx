// gov-widgets in a React 19 app: the wrappers of `gov-widgets/react` (typed props and events) and the plain tags
// typed by `gov-widgets/jsx`. The account directory is defined before React renders; the feed and the ask form
// only after React's first render (as with a deferred CDN script or a lazy import): their `data` objects still
// arrive as properties, never as "[object Object]" attributes.
import 'gov-widgets/jsx';
import 'gov-widgets/account-directory/define';
import { AccountDirectory, AskForm, PolicyFeed } from 'gov-widgets/react';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import disclosure from '../../demo/data/disclosure.json';
import policies from '../../demo/data/policies.json';
import questions from '../../demo/data/questions.json';

function App() {
  const [loaded, setLoaded] = useState<string[]>([]);
  const onLoad = (event: CustomEvent<{ section: string }>) => setLoaded((sections) => [...sections, event.detail.section]);

  useEffect(() => {
    // Defined after the first render: the wrappers set their props on elements not upgraded yet.
    void import('gov-widgets/policy-feed/define');
    void import('gov-widgets/ask-form/define');
  }, []);

  return (
    <main>
      <h1>gov-widgets in React 19</h1>
      <p id="loaded">{loaded.length > 0 ? `loaded: ${[...loaded].sort().join(', ')}` : 'loading'}</p>
      <PolicyFeed id="feed" data={policies} limit={3} searchable onGovLoad={onLoad} />
      <AccountDirectory id="directory" data={disclosure} showInactive={false} groupBy="platform" onGovLoad={onLoad} />
      <AskForm id="form" data={questions} onGovLoad={onLoad} onGovAskSubmit={(event) => event.detail.waitUntil(Promise.resolve())} />
      {/* A plain tag, typed by gov-widgets/jsx: strings and numbers as attributes, the fallback as children. */}
      <gov-policy-feed id="plain" src="policies.json" lang="en" limit={1} heading-level={3}>
        <a href="policies.json">All policies</a>
      </gov-policy-feed>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
