import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes a file so that readers never see half of it: into a temporary file beside it, then a rename.
 * The folder must exist; an unwritable path rejects with the system's error.
 */
export async function writeFileAtomic(filePath: string, content: string): Promise<void> {
  const temp = path.join(path.dirname(filePath), `.${path.basename(filePath)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(temp, content, 'utf8');
    await fs.rename(temp, filePath);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}
