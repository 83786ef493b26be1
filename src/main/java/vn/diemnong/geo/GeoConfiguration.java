package vn.diemnong.geo;

import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class GeoConfiguration {

	/** Everything the service stores is WGS84 lon/lat. */
	@Bean
	GeometryFactory geometryFactory() {
		return new GeometryFactory(new PrecisionModel(), Wgs84.SRID);
	}
}
