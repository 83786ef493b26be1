/**
 * The audit trail: every create, change and status event, who made it, when and from where, in a hash chain
 * that nothing can rewrite without being found. Other modules write it through {@link vn.diemnong.audit.AuditLog},
 * in their own transaction; the checkpoints and the trail's endpoints are internal.
 */
@NullMarked
package vn.diemnong.audit;

import org.jspecify.annotations.NullMarked;
