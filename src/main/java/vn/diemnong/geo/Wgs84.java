package vn.diemnong.geo;

/** The CRS of everything stored: WGS84 longitude/latitude. */
final class Wgs84 {

	public static final int SRID = 4326;

	private Wgs84() {
	}
}
