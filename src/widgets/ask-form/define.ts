import { defineElement } from '../../core/define.js';
import { GovAskForm } from './ask-form.js';

defineElement('gov-ask-form', GovAskForm);

declare global {
  interface HTMLElementTagNameMap {
    'gov-ask-form': GovAskForm;
  }
}
