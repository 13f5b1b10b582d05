/** Tells whether an article changed since a clipping was saved (so anchors may have moved). */
import { hashText } from '../hash';

/** True when `currentText` no longer hashes to `savedHash` (a clipping's `textHash`). */
export function hasTextChanged(savedHash: string, currentText: string): boolean {
  return hashText(currentText) !== savedHash;
}
