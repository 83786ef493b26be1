package vn.diemnong.map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param baseUrl               tile URL template of the base map ({z}/{x}/{y}); empty for none
 * @param attribution           the base map's attribution
 * @param imageryUrl            tile URL template of a second base map the layer switch offers (e.g. imagery); empty
 *                              for none
 * @param imageryAttribution    its attribution
 */
@ConfigurationProperties("diemnong.map")
record MapProperties(@Nullable String baseUrl, @Nullable String attribution, @Nullable String imageryUrl,
		@Nullable String imageryAttribution) {
}
