/**
 * Compiles a case-insensitive pattern kept as data in src/nlp/rules. Without the `u` flag: V8 runs
 * case-insensitive Unicode patterns 3–20× slower on the same text (decision 0104), and the rules
 * need no Unicode escapes. A pattern that uses one would silently mean something else without
 * `u`, so it is refused when the module loads.
 */
export function rulePattern(pattern: string): RegExp {
  if (/\\[pPu]\{/u.test(pattern))
    throw new Error(
      `rule pattern needs Unicode mode, keep it out of the rules: ${pattern.slice(0, 60)}`,
    );
  return new RegExp(pattern, 'i');
}
