package vn.diemnong.patrol;

/**
 * How far and how long it is between two points, for the route. The straight-line implementation is what the
 * service has; a road network (pgRouting over an OSM extract) would implement the same interface.
 */
interface TravelTimes {

	/** Metres travelled from (lon1, lat1) to (lon2, lat2), WGS84. */
	double meters(double lon1, double lat1, double lon2, double lat2);
}
