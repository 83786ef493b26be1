/**
 * The register of sites (craft villages, clusters and zones with their member workshops, recycling facilities,
 * waste dumps) and their append-only status history.
 */
@NullMarked
package vn.diemnong.site;

import org.jspecify.annotations.NullMarked;
