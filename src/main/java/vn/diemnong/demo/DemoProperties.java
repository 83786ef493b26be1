package vn.diemnong.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whether to load the demo province on start and with which seed.
 *
 * @param enabled load the demo on start (the demo and test profiles set it)
 * @param seed    the seed of the generated history: the same seed always gives the same data
 */
@ConfigurationProperties("diemnong.demo")
record DemoProperties(boolean enabled, long seed) {
}
