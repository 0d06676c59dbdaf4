// natural's package root prints to stdout on import, so only these submodules are loaded.
declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  const jaroWinkler: (a: string, b: string, options?: { ignoreCase?: boolean }) => number;
  export default jaroWinkler;
}
declare module 'natural/lib/natural/phonetics/double_metaphone.js' {
  export default class DoubleMetaphone {
    process(token: string, maxLength?: number): [string, string];
  }
}
