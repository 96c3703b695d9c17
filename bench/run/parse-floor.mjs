#!/usr/bin/env node
// The parse-only floor: read and parse every file once with the parsers stromlint uses, nothing else.
//
//   node bench/run/parse-floor.mjs <format>:<folder> [<format>:<folder> …]
import fs from 'node:fs';
import path from 'node:path';

/** Imported only for the formats asked for, as stromlint does. */
const PARSERS = {
  // stromlint's own parser module (the build output): the parser and its extensions, nothing else.
  markdown: async () => (await import('../../dist/src/formats/markdown/processor.js')).parseMarkdown,
  html: async () => {
    const { Parser } = await import('htmlparser2');
    return (text) => {
      let last = 0;
      const parser = new Parser({ onopentag: () => (last = parser.startIndex), ontext: () => (last = parser.endIndex), onclosetag: () => (last = parser.endIndex) });
      parser.end(text);
      return last;
    };
  },
  json: async () => {
    const { parse } = await import('@humanwhocodes/momoa');
    return (text) => parse(text, { mode: 'json', ranges: true });
  },
};

for (const arg of process.argv.slice(2)) {
  const [format, folder] = [arg.slice(0, arg.indexOf(':')), arg.slice(arg.indexOf(':') + 1)];
  const parse = await PARSERS[format]();
  for (const entry of fs.readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const text = fs.readFileSync(path.join(entry.parentPath ?? entry.path, entry.name), 'utf8');
    parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  }
}
