package vn.diemnong.geo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * The province this instance serves and where its boundaries come from.
 *
 * @param code      the 2025 province code (Bắc Ninh: 24)
 * @param communes  GeoJSON of the communes valid from 1 July 2025
 * @param outline   GeoJSON of the province outline (kept for reference; the service uses the union of the communes)
 * @param crosswalk CSV of old → new communes of the 1 July 2025 reform
 */
@ConfigurationProperties("diemnong.province")
public record ProvinceProperties(String code, Resource communes, Resource outline, Resource crosswalk) {
}
