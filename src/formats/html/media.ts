import { lengthPx, ROOT_FONT_SIZE_PX } from './length.js';

/** The screen a page is judged on: a desktop browser window. */
const SCREEN_WIDTH_PX = 1280;

/**
 * Whether an `@media` prelude applies on screen. Print and speech media never do; `screen`, `all` and
 * min-width queries do (copy hidden on a wide screen is hidden for most readers); max-width queries
 * below the desktop width (mobile-only rules) do not. Unknown features are assumed to match.
 */
export function mediaAppliesOnScreen(params: string): boolean {
  const queries = params.toLowerCase().split(',');
  return queries.some((query) => queryApplies(query.trim()));
}

function queryApplies(query: string): boolean {
  if (query.length === 0) return true;
  const negated = /^not\s/.test(query);
  const body = query.replace(/^(?:not|only)\s+/, '');
  const type = /^([a-z-]+)/.exec(body)?.[1];
  const typeOk = type === undefined || type === 'and' || type === 'all' || type === 'screen';
  const features = body.match(/\([^()]*\)/g) ?? [];
  const featuresOk = features.every(featureApplies);
  const applies = typeOk && featuresOk;
  return negated ? !applies : applies;
}

function featureApplies(feature: string): boolean {
  const match = /^\(\s*(min|max)-width\s*:\s*([^)]+)\)$/.exec(feature);
  if (!match) return true;
  const px = lengthPx(match[2]!, ROOT_FONT_SIZE_PX);
  if (px === null) return true;
  return match[1] === 'min' ? px <= SCREEN_WIDTH_PX : px >= SCREEN_WIDTH_PX;
}
