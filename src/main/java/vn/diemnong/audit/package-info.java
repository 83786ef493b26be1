/**
 * The audit trail: every create, change and status event, who made it, when and from where, in a hash chain
 * that nothing can rewrite without being found.
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package vn.diemnong.audit;

import org.jspecify.annotations.NullMarked;
