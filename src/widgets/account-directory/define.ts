import { defineElement } from '../../core/define.js';
import { GovAccountDirectory } from './account-directory.js';

defineElement('gov-account-directory', GovAccountDirectory);

declare global {
  interface HTMLElementTagNameMap {
    'gov-account-directory': GovAccountDirectory;
  }
}
