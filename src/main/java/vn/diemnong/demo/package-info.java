/**
 * The demo province: the publicly documented Bắc Ninh sites plus a generated, clearly synthetic history of member
 * workshops, inspections, samples, violations and status changes, loaded once per seed on the first demo start.
 */
@NullMarked
package vn.diemnong.demo;

import org.jspecify.annotations.NullMarked;
