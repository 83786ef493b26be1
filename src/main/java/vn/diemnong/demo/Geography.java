package vn.diemnong.demo;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Where things are in the demo province. Distances are metres on a local flat approximation, which is plenty for
 * drawing demo shapes a few hundred metres wide at 21° N; stored coordinates are rounded to 6 decimals (~0.1 m).
 */
final class Geography {

	private static final double METRES_PER_DEGREE = 111_320;
	private static final int CIRCLE_SIDES = 24;

	private final GeometryFactory factory = new GeometryFactory(new PrecisionModel(), 4326);
	private final List<Commune> communes;
	private final List<PreparedGeometry> areas;

	Geography(List<Commune> communes) {
		this.communes = communes.stream().sorted(Comparator.comparing(Commune::code)).toList();
		this.areas = this.communes.stream().map(c -> PreparedGeometryFactory.prepare(c.boundary())).toList();
	}

	List<Commune> communes() {
		return communes;
	}

	/** The commune holding a geometry's interior point; the first by code where boundaries overlap, as the loader. */
	Optional<Commune> communeAt(Geometry geometry) {
		Point point = geometry instanceof Point p ? p : geometry.getInteriorPoint();
		for (int i = 0; i < communes.size(); i++) {
			if (areas.get(i).covers(point)) {
				return Optional.of(communes.get(i));
			}
		}
		return Optional.empty();
	}

	boolean covers(Commune commune, Geometry geometry) {
		return areas.get(index(commune)).covers(geometry);
	}

	Point point(double lon, double lat) {
		return factory.createPoint(new Coordinate(round(lon), round(lat)));
	}

	Coordinate offset(Coordinate from, double metres, double bearingDegrees) {
		double bearing = Math.toRadians(bearingDegrees);
		double north = metres * Math.cos(bearing) / METRES_PER_DEGREE;
		double east = metres * Math.sin(bearing) / (METRES_PER_DEGREE * Math.cos(Math.toRadians(from.y)));
		return new Coordinate(round(from.x + east), round(from.y + north));
	}

	/** A circle-like polygon: a regular 24-gon of the given radius in metres. */
	Polygon circle(Coordinate centre, double radius) {
		Coordinate[] ring = new Coordinate[CIRCLE_SIDES + 1];
		for (int i = 0; i < CIRCLE_SIDES; i++) {
			ring[i] = offset(centre, radius, 360.0 * i / CIRCLE_SIDES);
		}
		ring[CIRCLE_SIDES] = ring[0];
		return factory.createPolygon(ring);
	}

	/** A uniformly random point inside the area, in the given commune (the area should lie in it). */
	Point pointIn(Geometry area, Commune commune, SplittableRandom rng) {
		PreparedGeometry prepared = PreparedGeometryFactory.prepare(area);
		Envelope box = area.getEnvelopeInternal();
		for (int attempt = 0; attempt < 10_000; attempt++) {
			Point point = point(box.getMinX() + rng.nextDouble() * box.getWidth(),
					box.getMinY() + rng.nextDouble() * box.getHeight());
			if (prepared.covers(point) && communeAt(point).filter(c -> c.code().equals(commune.code())).isPresent()) {
				return point;
			}
		}
		throw new IllegalStateException("No point found inside the area in commune " + commune.code());
	}

	private int index(Commune commune) {
		for (int i = 0; i < communes.size(); i++) {
			if (communes.get(i).code().equals(commune.code())) {
				return i;
			}
		}
		throw new IllegalArgumentException("Unknown commune " + commune.code());
	}

	private static double round(double degrees) {
		return Math.round(degrees * 1e6) / 1e6;
	}
}
