// Security headers for every response: article text is hostile web content, so the page may run only our own files.
import { secureHeaders } from 'hono/secure-headers';

const SELF = "'self'";
const NONE = "'none'";

/**
 * `script-src 'self'` forbids inline script and inline event handlers, so even markup that slipped
 * through escaping could not run; `frame-ancestors 'none'` stops the dashboard being framed.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: [SELF],
  scriptSrc: [SELF],
  scriptSrcAttr: [NONE],
  styleSrc: [SELF],
  imgSrc: [SELF, 'data:'],
  connectSrc: [SELF],
  fontSrc: [SELF],
  objectSrc: [NONE],
  baseUri: [NONE],
  formAction: [SELF],
  frameAncestors: [NONE],
};

export function securityHeaders() {
  return secureHeaders({
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    xFrameOptions: 'DENY',
    xContentTypeOptions: 'nosniff',
    referrerPolicy: 'no-referrer',
    // The server speaks plain HTTP on loopback; HSTS would only confuse a browser later.
    strictTransportSecurity: false,
    crossOriginResourcePolicy: 'same-origin',
  });
}
