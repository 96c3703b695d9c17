import { describe, expect, it } from 'vitest';
import { checkLimits, DEFAULT_LIMITS } from '../../src/files/limits.js';

describe('Markdown link limits', () => {
  it('stops a line of unclosed links at the opener past the limit', () => {
    const source = `# Tilbud\n\n${'[a](b '.repeat(3000)}`;
    const v = checkLimits(source, 'markdown', DEFAULT_LIMITS);
    expect(v).toMatchObject({ ruleId: 'too-many-links', configKey: 'limits.maxLinksPerLine', limit: 2000, found: 3000, offset: 10 + 2000 * 6 });
    expect(v!.message.en).toContain('"limits.maxLinksPerLine"');
  });

  it('stops a file with more link reference definitions than the limit', () => {
    const defs = Array.from({ length: 5001 }, (_, i) => `[ref${i}]: https://nordlys.example/${i}`).join('\n');
    const v = checkLimits(defs, 'markdown', DEFAULT_LIMITS);
    expect(v).toMatchObject({ ruleId: 'too-many-links', configKey: 'limits.maxLinkDefinitions', found: 5001 });
    expect(v!.offset).toBe(defs.lastIndexOf('[ref5000]'));
  });

  it('lets ordinary pages with many links through, and only checks Markdown', () => {
    const page = `${Array.from({ length: 3000 }, (_, i) => `Se [tilbud ${i}](https://nordlys.example/${i}) og [vilkår][v].`).join('\n\n')}\n\n[v]: https://nordlys.example/vilkar\n`;
    expect(checkLimits(page, 'markdown', DEFAULT_LIMITS)).toBeNull();
    expect(checkLimits('[a](b '.repeat(3000), 'html', DEFAULT_LIMITS)).toBeNull();
  });
});
