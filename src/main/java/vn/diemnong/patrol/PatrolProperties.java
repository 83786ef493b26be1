package vn.diemnong.patrol;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param detourFactor road distance over straight-line distance, for the straight-line {@link TravelTimes}
 */
@ConfigurationProperties("diemnong.patrol")
record PatrolProperties(@DefaultValue("1.4") double detourFactor) {
}
