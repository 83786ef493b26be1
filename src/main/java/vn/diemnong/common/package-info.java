/** What every feature shares: RFC 9457 problems, messages in Vietnamese and English, clocks, paging. */
@NullMarked
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.diemnong.common;

import org.jspecify.annotations.NullMarked;
