import { existsSync } from 'node:fs';
import path from 'node:path';

/** The shared robustness corpora, beside the project (../shared/corpora); CI always has them. */
export const CORPORA = path.resolve(import.meta.dirname, '../../../shared/corpora');

export interface Corpus {
  /** Absolute path of the corpus file or folder. */
  path: string;
  present: boolean;
  /** Appended to a test's name: says, when the corpus is absent, that the test was skipped for it. */
  skipNote: string;
}

/** A corpus under ../shared/corpora, and whether it is on this machine. */
export function corpus(relative: string): Corpus {
  const file = path.join(CORPORA, relative);
  const present = existsSync(file);
  return { path: file, present, skipNote: present ? '' : ` (skipped: the corpus ../shared/corpora/${relative} is absent)` };
}
