package vn.diemnong.hotspot.stats;

/** A point in a projected, metric coordinate reference system (UTM zone 48N in this service), in metres. */
public record MetricPoint(double x, double y) {
}
