/**
 * Contents a cue can introduce that report no statement: a source's request not to be named
 * ("who asked not to be named") is a condition of the interview, not something said about the
 * story. Data only; matched against the whole content, case-insensitively.
 */
export const ANONYMITY_REQUESTS: readonly string[] = [
  String.raw`^(?:not\s+)?to\s+(?:be\s+)?(?:named|identified|quoted\s+by\s+name)$`,
  String.raw`^(?:that\s+)?(?:his|her|their|my)\s+(?:name|identity)\s+(?:not\s+)?(?:be\s+)?(?:used|published|withheld|disclosed)$`,
  String.raw`^(?:to\s+)?(?:remain|stay)\s+anonymous$`,
  String.raw`^(?:for\s+)?anonymity$`,
];
