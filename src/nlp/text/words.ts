import { isSpace } from './char-class.js';

/**
 * More than `n` words separated by white space (`s.split(/\s+/).filter(Boolean).length > n`),
 * counted no further than needed and without splitting: an unclosed quotation can run for
 * megabytes.
 */
export function moreWordsThan(s: string, n: number): boolean {
  let count = 0;
  for (let i = 0; i < s.length;) {
    while (i < s.length && isSpace(s.charCodeAt(i))) i++;
    if (i === s.length) break;
    if (++count > n) return true;
    while (i < s.length && !isSpace(s.charCodeAt(i))) i++;
  }
  return false;
}
