import type { RequestHandler } from 'express';

/**
 * Strict headers for every view: scripts and connections only to this origin (WebSocket
 * included), no inline code, framing limited to `frameAncestors`.
 */
export function viewSecurityHeaders(frameAncestors: string[]): RequestHandler {
  const ancestors = frameAncestors.length ? frameAncestors.join(' ') : "'none'";
  return (req, res, next) => {
    const host = req.get('host') ?? '';
    const ws = host ? ` ws://${host} wss://${host}` : '';
    res.set({
      'Content-Security-Policy': [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        `connect-src 'self'${ws}`,
        "base-uri 'none'",
        "form-action 'none'",
        `frame-ancestors ${ancestors}`,
      ].join('; '),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Resource-Policy': 'cross-origin',
    });
    next();
  };
}
