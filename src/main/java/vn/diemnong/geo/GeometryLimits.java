package vn.diemnong.geo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How large a geometry a request may send: checking and storing one costs time in proportion to its size, and every
 * list that shows it grows with it.
 *
 * @param maxVertices positions in the whole geometry
 * @param maxParts    rings (outer and inner) and lines in the whole geometry
 */
@ConfigurationProperties("diemnong.geometry")
record GeometryLimits(@DefaultValue("10000") int maxVertices, @DefaultValue("100") int maxParts) {
}
