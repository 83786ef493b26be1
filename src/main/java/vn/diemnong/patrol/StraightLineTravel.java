package vn.diemnong.patrol;

/**
 * Great-circle distance (haversine, mean Earth radius) times a detour factor, as roads rarely go straight: 1.4 is
 * the usual ratio of road to straight-line distance in rural road networks.
 */
record StraightLineTravel(double detourFactor) implements TravelTimes {

	private static final double EARTH_RADIUS_M = 6_371_008.8;

	@Override
	public double meters(double lon1, double lat1, double lon2, double lat2) {
		double p1 = Math.toRadians(lat1);
		double p2 = Math.toRadians(lat2);
		double dp = p2 - p1;
		double dl = Math.toRadians(lon2 - lon1);
		double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
		return detourFactor * 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
	}
}
