/** Site risk with its reasons, published to the modules that rank sites by it (patrol). */
@NullMarked
@org.springframework.modulith.NamedInterface("risk")
package vn.diemnong.hotspot.risk;

import org.jspecify.annotations.NullMarked;
