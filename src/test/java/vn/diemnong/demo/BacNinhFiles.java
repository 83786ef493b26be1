package vn.diemnong.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.diemnong.common.Csv;

/** The demo's inputs read from the files in {@code data/} (on the classpath), as the database would hold them. */
final class BacNinhFiles {

	private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

	private BacNinhFiles() {
	}

	static DemoInput input(long seed) {
		return new DemoInput(communes(), predecessors(), knownSites(), seed);
	}

	static List<KnownSite> knownSites() {
		return KnownSite.read(new ClassPathResource("data/sites/bac-ninh-known-sites.csv"));
	}

	/** As the boundary loader stores them: old names without "Phường", "Xã", "Thị trấn". */
	static List<Predecessor> predecessors() {
		return Csv.read(new ClassPathResource("data/boundaries/bac-ninh_commune_crosswalk_2025-07-01.csv")).stream()
			.map(row -> new Predecessor(row.get("old_commune_code"),
					row.get("old_commune_name").replaceFirst("^(Phường|Xã|Thị trấn) ", ""),
					row.get("new_commune_code")))
			.toList();
	}

	static List<Commune> communes() {
		List<Commune> communes = new ArrayList<>();
		for (JsonNode feature : geojson("data/boundaries/bac-ninh_communes_2025.geojson").get("features")) {
			JsonNode properties = feature.get("properties");
			communes.add(new Commune(properties.get("ward_code").asString(), properties.get("full_name").asString(),
					multiPolygon(feature.get("geometry").get("coordinates"))));
		}
		return communes;
	}

	private static MultiPolygon multiPolygon(JsonNode polygons) {
		List<Polygon> parts = new ArrayList<>();
		for (JsonNode rings : polygons) {
			LinearRing shell = ring(rings.get(0));
			LinearRing[] holes = new LinearRing[rings.size() - 1];
			for (int i = 1; i < rings.size(); i++) {
				holes[i - 1] = ring(rings.get(i));
			}
			parts.add(FACTORY.createPolygon(shell, holes));
		}
		return FACTORY.createMultiPolygon(parts.toArray(Polygon[]::new));
	}

	private static LinearRing ring(JsonNode positions) {
		Coordinate[] coordinates = new Coordinate[positions.size()];
		for (int i = 0; i < positions.size(); i++) {
			coordinates[i] = new Coordinate(positions.get(i).get(0).asDouble(), positions.get(i).get(1).asDouble());
		}
		return FACTORY.createLinearRing(coordinates);
	}

	private static JsonNode geojson(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return JsonMapper.builder().build().readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
