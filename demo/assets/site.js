// The demo site's own script: a language switch for the widget area (the widgets follow the nearest
// ancestor's lang) and the site's 关怀版 button (the widgets' `care` attribute). Only setAttribute and
// toggleAttribute: no HTML strings, so the page's Trusted Types policy has nothing to say.
const area = document.getElementById('content');
const langButtons = document.querySelectorAll('[data-lang]');
for (const button of langButtons) {
  button.addEventListener('click', () => {
    area.setAttribute('lang', button.dataset.lang);
    for (const other of langButtons) other.setAttribute('aria-pressed', String(other === button));
  });
}

const care = document.getElementById('care-toggle');
care.addEventListener('click', () => {
  const on = care.getAttribute('aria-pressed') !== 'true';
  care.setAttribute('aria-pressed', String(on));
  document.body.classList.toggle('care', on);
  for (const el of document.querySelectorAll('gov-policy-feed, gov-account-directory, gov-ask-form')) el.toggleAttribute('care', on);
});
