import type { Visibility, VisibilityState } from '../../src/document/types.js';
import { describeVisibility } from '../../src/rule-kit/visibility-wording.js';
import type { Locale } from '../../src/rule-kit/types.js';

/** A block's visibility with its cause in words, as a report would say it: what the adapter tests compare. */
export interface WordedVisibility {
  state: VisibilityState;
  reason?: string;
  screenReaderOnly?: boolean;
}

export function inWords(visibility: Visibility, locale: Locale = 'en'): WordedVisibility {
  const worded: WordedVisibility = { state: visibility.state };
  if (visibility.cause) worded.reason = describeVisibility(visibility.cause, locale);
  if (visibility.screenReaderOnly) worded.screenReaderOnly = true;
  return worded;
}
