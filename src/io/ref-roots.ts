import path from 'node:path';
import { isPathRef } from '../standard/refs.js';

/**
 * The folders file-path refs may be read from when the refs were given by the person running the
 * tool (command-line arguments, flags): the working folder and each path ref's own folder. A file
 * found there may name others only inside the same folders (see `LoadOptions.roots`).
 */
export function argRoots(cwd: string, ...refs: (string | undefined)[]): string[] {
  const roots = [cwd];
  for (const ref of refs) if (ref !== undefined && isPathRef(ref)) roots.push(path.dirname(path.resolve(cwd, ref)));
  return [...new Set(roots)];
}
