package vn.diemnong.hotspot.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
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

	/**
	 * One site's risk with its reasons (a village's, cluster's or zone's drawing on its members); 404 problem for an
	 * unknown site.
	 */
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

	/**
	 * The risk of the sites of one commune (2025 code), each as {@link #all()} scores it, without scoring the rest of
	 * the province; members of its villages that lie in another commune come too.
	 */
	@Transactional(readOnly = true)
	public List<SiteRisk> inCommune(String communeCode) {
		RiskConfiguration.Versioned config = configuration.current();
		LocalDate today = LocalDate.now(clock);
		List<RiskInputs> inputs = queries.inputsInCommune(communeCode, today, config.weights().lookBackDays());
		Tree tree = new Tree(inputs, config, today);
		return inputs.stream().map(site -> tree.scored(site.siteId()).risk()).toList();
	}

	@Override
	public Map<Long, Double> scores() {
		return all().stream().collect(Collectors.toMap(SiteRisk::siteId, SiteRisk::score));
	}

	/** @param siteId one site (scored with its members, if any), or null for every site */
	private List<SiteRisk> score(@Nullable Long siteId) {
		RiskConfiguration.Versioned config = configuration.current();
		LocalDate today = LocalDate.now(clock);
		List<RiskInputs> inputs = queries.inputs(siteId, today, config.weights().lookBackDays());
		Tree tree = new Tree(inputs, config, today);
		if (siteId != null) {
			return List.of(tree.scored(siteId).risk());
		}
		return inputs.stream().map(site -> tree.scored(site.siteId()).risk()).toList();
	}

	/** Scores each site once, members before the village, cluster or zone they belong to. */
	private static final class Tree {

		private final Map<Long, RiskInputs> sites = new HashMap<>();
		private final Map<Long, List<RiskInputs>> members = new HashMap<>();
		private final Map<Long, CompoundRiskScorer.Scored> scored = new HashMap<>();
		private final Set<Long> scoring = new HashSet<>();
		private final RiskConfiguration.Versioned config;
		private final LocalDate today;

		Tree(List<RiskInputs> inputs, RiskConfiguration.Versioned config, LocalDate today) {
			this.config = config;
			this.today = today;
			inputs.forEach(site -> sites.put(site.siteId(), site));
			inputs.stream().filter(site -> site.parentId() != null && sites.containsKey(site.parentId()))
				.forEach(site -> members.computeIfAbsent(site.parentId(), k -> new ArrayList<>()).add(site));
		}

		CompoundRiskScorer.Scored scored(long id) {
			CompoundRiskScorer.Scored done = scored.get(id);
			if (done != null) {
				return done;
			}
			RiskInputs site = sites.get(id);
			// a parent cycle (the schema allows one) leaves the member out rather than recursing forever
			List<CompoundRiskScorer.Member> own = new ArrayList<>();
			if (site.compound() && scoring.add(id)) {
				for (RiskInputs member : members.getOrDefault(id, List.of())) {
					if (!scoring.contains(member.siteId())) {
						CompoundRiskScorer.Scored m = scored(member.siteId());
						own.add(new CompoundRiskScorer.Member(m.inputs(), m.risk()));
					}
				}
				scoring.remove(id);
			}
			CompoundRiskScorer.Scored result = own.isEmpty()
					? new CompoundRiskScorer.Scored(SiteRiskScorer.score(site, config.weights(), config.version(), today),
							site)
					: CompoundRiskScorer.score(site, own, config.weights(), config.version(), today);
			scored.put(id, result);
			return result;
		}
	}
}
