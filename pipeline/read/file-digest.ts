/** Size and SHA-256 of a file on disk (for `Sumber`), streamed so a large file is never held whole. */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';

export async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Size in bytes and SHA-256; size 0 and an empty hash when the file cannot be read. */
export async function fileDigest(path: string): Promise<{ size: number; sha256: string }> {
  try {
    const size = (await stat(path)).size;
    return { size, sha256: await sha256OfFile(path) };
  } catch {
    return { size: 0, sha256: '' };
  }
}
