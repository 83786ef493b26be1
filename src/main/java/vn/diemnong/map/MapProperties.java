package vn.diemnong.map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param baseUrl     tile URL template of the base map ({z}/{x}/{y}); empty for none
 * @param attribution the base map's attribution
 */
@ConfigurationProperties("diemnong.map")
record MapProperties(String baseUrl, String attribution) {
}
