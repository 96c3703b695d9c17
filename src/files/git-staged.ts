import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A staged file: its path in the work tree and its content as staged in the git index. */
export interface StagedFile {
  filePath: string;
  bytes: Buffer;
}

/**
 * The staged content of every added, copied, modified or renamed file — what the commit will hold,
 * not what the work tree holds (the pre-commit case: a partly staged file is linted as staged).
 */
export async function stagedFiles(cwd: string, accept: (filePath: string) => boolean): Promise<StagedFile[]> {
  const git = async (args: string[], encoding: 'utf8' | 'buffer' = 'utf8') => {
    try {
      return (await run('git', args, { cwd, encoding, maxBuffer: 256 * 1024 * 1024 })).stdout;
    } catch (error) {
      const err = error as { stderr?: string | Buffer; message: string };
      throw new Error(`git ${args[0]} failed: ${String(err.stderr ?? err.message).trim()}`);
    }
  };
  const top = String(await git(['rev-parse', '--show-toplevel'])).trim();
  const listed = String(await git(['diff', '--cached', '--name-only', '--diff-filter=ACMR', '-z']));
  const files: StagedFile[] = [];
  for (const name of listed.split('\0').filter(Boolean)) {
    const filePath = path.join(top, name);
    if (!accept(filePath)) continue;
    // ":<path>" names the blob in the index (stage 0); the path is relative to the top of the work tree.
    const bytes = (await git(['cat-file', 'blob', `:${name}`], 'buffer')) as Buffer;
    files.push({ filePath, bytes });
  }
  return files;
}
