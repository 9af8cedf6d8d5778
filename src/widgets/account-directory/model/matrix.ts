/**
 * The matrix of the accounts shown (organizations × platforms, src/contract/matrix.ts), loaded with the matrix
 * view (lazy/matrix.ts). Pure.
 */
import { accountMatrix, type AccountMatrix, type Organization } from '../../../contract/index.js';
import type { DirectoryEntry } from '../model.js';

/** The matrix of these entries, every status included: the matrix shows where accounts were merged or closed. */
export function matrixOf(entries: readonly DirectoryEntry[], organizations: ReadonlyMap<string, Organization>, now: number, staleDays: number): AccountMatrix {
  return accountMatrix({ organizations, accounts: entries.map((entry) => entry.account) }, now, staleDays);
}
