package vn.diemnong.hotspot.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.diemnong.site.SiteRanking;
import vn.diemnong.site.Sites;

/** The risk of sites, computed on request from the records and the weights in force. */
@Service
public class SiteRisks implements SiteRanking {

	private final RiskQueries queries;
	private final RiskConfiguration configuration;
	private final Sites sites;
	private final Clock clock;

	SiteRisks(RiskQueries queries, RiskConfiguration configuration, Sites sites, Clock clock) {
		this.queries = queries;
		this.configuration = configuration;
		this.sites = sites;
		this.clock = clock;
	}

	/** One site's risk with its reasons; 404 problem for an unknown site. */
	@Transactional(readOnly = true)
	public SiteRisk of(long siteId) {
		sites.require(siteId);
		return score(siteId).get(0);
	}

	/** Every site's risk, in id order. */
	@Transactional(readOnly = true)
	public List<SiteRisk> all() {
		return score(null);
	}

	@Override
	public Map<Long, Double> scores() {
		return all().stream().collect(Collectors.toMap(SiteRisk::siteId, SiteRisk::score));
	}

	private List<SiteRisk> score(Long siteId) {
		RiskConfiguration.Versioned config = configuration.current();
		LocalDate today = LocalDate.now(clock);
		return queries.inputs(siteId, today, config.weights().lookBackDays()).stream()
			.map(site -> SiteRiskScorer.score(site, config.weights(), config.version(), today))
			.toList();
	}
}
