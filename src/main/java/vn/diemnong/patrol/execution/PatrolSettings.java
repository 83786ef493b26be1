package vn.diemnong.patrol.execution;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param highRisk         the risk (0–100) from which a site counts as high-risk for coverage
 * @param visitWindowDays  a high-risk site not visited for this many days is overdue
 * @param maxTrackPoints   the most points one track batch may carry
 */
@ConfigurationProperties("diemnong.patrol")
record PatrolSettings(@DefaultValue("50") double highRisk, @DefaultValue("30") int visitWindowDays,
		@DefaultValue("1000") int maxTrackPoints) {
}
