/** What selectors and visibility checks need to know about an open element. */
export interface ElementInfo {
  tag: string;
  id: string | undefined;
  classes: readonly string[];
  /** Attributes by lower-case name (the first of duplicates, at most a capped number). */
  attributes: Readonly<Record<string, string>>;
}

/** Most classes read from one `class` attribute; the rest cannot matter to copy. */
const MAX_CLASSES = 256;

export function elementInfo(tag: string, attributes: Record<string, string>): ElementInfo {
  const classText = attributes['class'];
  const classes = classText ? classText.split(/[\t\n\f\r ]+/, MAX_CLASSES).filter((c) => c.length > 0) : [];
  const id = attributes['id'] || undefined;
  return { tag, id, classes, attributes };
}
