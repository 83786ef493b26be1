/**
 * What every feature shares: RFC 9457 problems, messages in Vietnamese and English, clocks, paging. Its public types
 * are what the features use; the problem handler, the body size filter and the web configuration are internal.
 */
@NullMarked
package vn.diemnong.common;

import org.jspecify.annotations.NullMarked;
