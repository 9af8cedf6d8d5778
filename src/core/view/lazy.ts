/**
 * A view whose code loads on demand (src/core/lazy.ts): the view once its chunk is there; before, the loading
 * text the widget shows while its data loads (正在加载…); after a failed load, an alert with a retry. The
 * parts are GovElement's own (`loading`, `error`, `retry`), styled like the data's states.
 */
import { html, nothing } from 'lit';
import type { LazyModule } from '../lazy.js';
import type { Msg } from '../i18n.js';

/**
 * Draws `lazy` with `draw` once it is loaded, else its loading or failed state, or nothing before it was asked
 * for. `onRetry` loads it again (the widget may also move focus: the retry button goes away).
 */
export function lazyView<T>(lazy: LazyModule<T>, msg: Msg, draw: (module: T) => unknown, onRetry: () => void): unknown {
  const { state } = lazy;
  if (state.status === 'ready') return draw(state.module);
  if (state.status === 'failed') {
    return html`<div class="error" part="error" role="alert">
      <p class="error-message">${msg('无法连接到服务器。请检查网络连接后重试。', { id: 'core.could-not-reach-the-server' })}</p>
      <button class="button secondary" part="retry" type="button" @click=${onRetry}>${msg('重试', { id: 'core.try-again' })}</button>
    </div>`;
  }
  // Not asked for yet: a view that is not shown (a hidden tab panel) draws nothing.
  if (state.status === 'idle') return nothing;
  return html`<div class="loading" part="loading" role="status"><p class="loading-text">${msg('正在加载…', { id: 'core.loading' })}</p></div>`;
}
