package vn.diemnong.demo;

import org.locationtech.jts.geom.MultiPolygon;

/** A commune valid since 1 July 2025, with its boundary in WGS84 lon/lat. */
record Commune(String code, String name, MultiPolygon boundary) {
}
