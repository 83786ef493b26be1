/**
 * The police's work: a watch list of sites ranked by risk with the signals a patrol looks for, and patrol plans,
 * routes over an area that collect the most risk within a time budget and are hard to predict (the candidates are
 * sampled by risk with a seed before the route is optimised).
 */
@NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Patrols")
package vn.diemnong.patrol;

import org.jspecify.annotations.NullMarked;
