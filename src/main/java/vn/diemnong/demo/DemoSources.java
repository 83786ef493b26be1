package vn.diemnong.demo;

import java.util.List;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

import vn.diemnong.geo.ProvinceCommunes;

/** Reads what the demo is generated from: communes and crosswalk as the geo module loaded them, the known-sites file. */
@Component
class DemoSources {

	static final String KNOWN_SITES = "classpath:data/sites/bac-ninh-known-sites.csv";

	private final ProvinceCommunes communes;
	private final ResourceLoader resources;
	private final GeometryFactory factory;

	DemoSources(ProvinceCommunes communes, ResourceLoader resources, GeometryFactory factory) {
		this.communes = communes;
		this.resources = resources;
		this.factory = factory;
	}

	DemoInput input(long seed) {
		return new DemoInput(communes(), predecessors(), KnownSite.read(resources.getResource(KNOWN_SITES)), seed);
	}

	private List<Commune> communes() {
		return communes.current().stream().map(c -> new Commune(c.code(), c.fullName(), multi(c.boundary()))).toList();
	}

	private List<Predecessor> predecessors() {
		return communes.crosswalk().stream().map(m -> new Predecessor(m.oldCode(), m.oldName(), m.newCode())).toList();
	}

	private MultiPolygon multi(Geometry geometry) {
		return geometry instanceof Polygon polygon ? factory.createMultiPolygon(new Polygon[] { polygon })
				: (MultiPolygon) geometry;
	}
}
