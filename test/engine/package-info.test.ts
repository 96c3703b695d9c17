import { describe, expect, it } from 'vitest';
import { declaredDocsUrl, declaredHomepage, docsUrlFrom } from '../../src/package-info.js';

describe('links stromlint may print', () => {
  it('come only from what package.json declares', () => {
    expect(declaredDocsUrl()).toBeUndefined();
    expect(declaredHomepage()).toBeUndefined();
    expect(declaredDocsUrl({ rulesDocsUrl: 'https://example.org/docs/rules/{rule}.md' })).toBe('https://example.org/docs/rules/{rule}.md');
    expect(declaredDocsUrl({ rulesDocsUrl: 'https://example.org/docs/' })).toBeUndefined();
    expect(declaredHomepage({ homepage: 'https://example.org/stromlint' })).toBe('https://example.org/stromlint');
    expect(docsUrlFrom('https://example.org/{rule}.md', 'campaign-end')).toBe('https://example.org/campaign-end.md');
    expect(docsUrlFrom(undefined, 'campaign-end')).toBeUndefined();
  });
});
