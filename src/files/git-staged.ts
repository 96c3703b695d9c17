import { execFile, spawn } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A file as the git index holds it: its path in the work tree and the id of its content. */
export interface IndexedFile {
  filePath: string;
  oid: string;
}

/** Modes of regular files in git; symbolic links (120000) and submodules (160000) have no content to lint. */
const REGULAR = new Set(['100644', '100755']);

/** git could not tell what is staged: not a repository, no git, a broken index. */
export class GitError extends Error {
  override name = 'GitError';
}

/** Runs git in `cwd` with settings that would change its output (`diff.relative`, quoted paths) pinned. */
async function git(cwd: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await run('git', ['-c', 'diff.relative=false', '-c', 'core.quotePath=false', ...args], { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const err = error as { stderr?: string; message: string };
    throw new GitError(`--staged needs git: git ${args[0]} failed: ${String(err.stderr || err.message).trim()}`);
  }
}

/** The top of the work tree `cwd` is in. */
export async function workTreeTop(cwd: string): Promise<string> {
  return (await git(cwd, ['rev-parse', '--show-toplevel'])).trim();
}

/**
 * The staged version of every file a commit would add or change: added, modified, and changed in type
 * (a link that became a file). Renames count as the file they add. Read from
 * `git diff --cached --raw -z`, so every path is taken as it is — `0:evil.md` is a file of that name,
 * never the syntax for a blob — and the content is named by its object id.
 */
export async function stagedFiles(top: string): Promise<IndexedFile[]> {
  const fields = (await git(top, ['diff', '--cached', '--raw', '-z', '--no-abbrev', '--no-renames', '--diff-filter=AMT'])).split('\0');
  const files: IndexedFile[] = [];
  // Pairs of ":<old mode> <new mode> <old id> <new id> <status>" and the path.
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const [, newMode, , oid] = fields[i]!.slice(1).split(' ');
    if (REGULAR.has(newMode!)) files.push({ filePath: path.join(top, fields[i + 1]!), oid: oid! });
  }
  return files;
}

/** Every regular file in the index, as the next commit will hold it (the staged files included). */
export async function indexedFiles(top: string): Promise<IndexedFile[]> {
  const files: IndexedFile[] = [];
  // "<mode> <id> <stage>\t<path>"; a file in a merge conflict has stages 1–3 and no settled content.
  for (const entry of (await git(top, ['ls-files', '--stage', '-z'])).split('\0')) {
    const tab = entry.indexOf('\t');
    if (tab < 0) continue;
    const [mode, oid, stage] = entry.slice(0, tab).split(' ');
    if (REGULAR.has(mode!) && stage === '0') files.push({ filePath: path.join(top, entry.slice(tab + 1)), oid: oid! });
  }
  return files;
}

/** The size of each object, in one `git cat-file --batch-check`. */
export async function blobSizes(top: string, oids: readonly string[]): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  const text = (await catFile(top, '--batch-check', oids)).toString('utf8');
  for (const line of text.split('\n')) {
    const [oid, type, size] = line.split(' ');
    if (type === 'blob') sizes.set(oid!, Number(size));
  }
  return sizes;
}

/** The content of each blob, in one `git cat-file --batch`. */
export async function blobContents(top: string, oids: readonly string[]): Promise<Map<string, Buffer>> {
  const out = await catFile(top, '--batch', oids);
  const contents = new Map<string, Buffer>();
  let at = 0;
  // Each object: "<id> <type> <size>\n<content>\n".
  while (at < out.length) {
    const end = out.indexOf(10, at);
    if (end < 0) break;
    const [oid, , size] = out.subarray(at, end).toString('utf8').split(' ');
    // "<id> missing": no content follows.
    if (size === undefined) {
      at = end + 1;
      continue;
    }
    const length = Number(size);
    contents.set(oid!, out.subarray(end + 1, end + 1 + length));
    at = end + 1 + length + 1;
  }
  return contents;
}

function catFile(top: string, mode: '--batch' | '--batch-check', oids: readonly string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', mode], { cwd: top, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(Buffer.concat(chunks)) : reject(new GitError(`git cat-file failed: ${stderr.trim()}`))));
    child.stdin.end(oids.map((oid) => `${oid}\n`).join(''));
  });
}
