/**
 * Who may see and change what: accounts and their roles, commune scope, sign-in (form, HTTP Basic, optionally
 * OpenID Connect), lock-out, rate limits on the public surface and the security headers.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Access control")
package vn.diemnong.access;

import org.jspecify.annotations.NullMarked;
