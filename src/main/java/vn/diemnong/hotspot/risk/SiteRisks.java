package vn.diemnong.hotspot.risk;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PreDestroy;
import vn.diemnong.common.DataVersion;
import vn.diemnong.common.Repeating;
import vn.diemnong.site.SiteRanking;
import vn.diemnong.site.Sites;

/**
 * The risk of sites, computed from the records and the weights in force. Every site's risk ({@link #all()}) is kept
 * ({@link KeptRisks}) until the data version ({@link DataVersion}), the day or the weights change, and is computed
 * again in the background soon after such a change, so that a plan or a ranking seldom waits for it.
 */
@Service
public class SiteRisks implements SiteRanking {

	private static final Logger LOG = LoggerFactory.getLogger(SiteRisks.class);
	/** More changed sites than this (an import, say) and every site is scored again. */
	private static final int MAX_RESCORED = 5000;

	private final RiskQueries queries;
	private final RiskConfiguration configuration;
	private final Sites sites;
	private final Clock clock;
	private final DataVersion version;
	private final KeptRisks kept;
	private final Duration warmEvery;
	private @Nullable Repeating warming;

	SiteRisks(RiskQueries queries, RiskConfiguration configuration, Sites sites, Clock clock, DataVersion version,
			PlatformTransactionManager transactions,
			@Value("${diemnong.risk.keep-warm-every:PT2S}") Duration warmEvery) {
		this.queries = queries;
		this.configuration = configuration;
		this.sites = sites;
		this.clock = clock;
		this.version = version;
		this.warmEvery = warmEvery;
		// one snapshot for the key and the data it is kept under, in a transaction of its own: never the caller's,
		// whose uncommitted writes no one else sees
		TransactionTemplate snapshot = new TransactionTemplate(transactions);
		snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		snapshot.setReadOnly(true);
		this.kept = new KeptRisks(this::key, previous -> snapshot.execute(status -> {
			RiskConfiguration.Versioned config = configuration.current();
			KeptRisks.Key key = new KeptRisks.Key(version.current(), LocalDate.now(clock), config.version());
			String now = version.snapshot();
			if (previous != null && previous.key().day().equals(key.day())
					&& previous.key().config() == key.config()) {
				Set<Long> changed = version.sitesChangedSince(previous.snapshot(), previous.key().version());
				if (changed != null && changed.size() <= MAX_RESCORED) {
					return rescored(previous, changed, key, now, config);
				}
			}
			return KeptRisks.Kept.of(key, now, score(null, config, key.day()), -1);
		}));
	}

	/**
	 * The kept risks with the sites a change touched scored again, with the villages, clusters and zones above them:
	 * nothing else a site's risk reads changed (V29 records every site a write bears on), so the rest stay as they
	 * were.
	 */
	private KeptRisks.Kept rescored(KeptRisks.Kept previous, Set<Long> changed, KeptRisks.Key key, String snapshot,
			RiskConfiguration.Versioned config) {
		long start = System.nanoTime();
		List<RiskInputs> inputs = changed.isEmpty() ? List.of()
				: queries.inputsWithAncestors(changed, key.day(), config.weights().lookBackDays());
		Tree tree = new Tree(inputs, config, key.day());
		TreeMap<Long, SiteRisk> risks = new TreeMap<>();
		previous.risks().forEach(r -> risks.put(r.siteId(), r));
		// a site recorded as changed and not read again is gone
		changed.forEach(risks::remove);
		inputs.forEach(site -> risks.put(site.siteId(), tree.scored(site.siteId()).risk()));
		LOG.debug("risk: {} sites changed, {} scored again in {} ms", changed.size(), inputs.size(),
				(System.nanoTime() - start) / 1_000_000);
		return KeptRisks.Kept.of(key, snapshot, List.copyOf(risks.values()), inputs.size());
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
		return version.changedHere() ? score(null) : kept.current().risks();
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
	@Transactional(readOnly = true)
	public Map<Long, Double> scores() {
		return version.changedHere() ? KeptRisks.scores(score(null)) : kept.current().scores();
	}

	/** Every site's risk scored now, never kept (for tests that compare it with the kept one). */
	@Transactional(readOnly = true)
	List<SiteRisk> computedNow() {
		return score(null);
	}

	/** Computes every site's risk now if what is kept is not current: the background warm-up's step. */
	void warm() {
		kept.warm();
	}

	/** The kept scores' key, or null before the first (for tests). */
	KeptRisks.@Nullable Key keptKey() {
		KeptRisks.Kept now = kept.kept();
		return now == null ? null : now.key();
	}

	/** How many sites the kept scores' last computation scored, -1 for all of them (for tests). */
	int keptRescored() {
		KeptRisks.Kept now = kept.kept();
		return now == null ? -1 : now.rescored();
	}

	@EventListener(ApplicationReadyEvent.class)
	void startWarming() {
		warming = Repeating.start("risk-warm-up", Duration.ZERO, warmEvery, this::warm);
	}

	@PreDestroy
	void stopWarming() {
		if (warming != null) {
			warming.close();
		}
	}

	private KeptRisks.Key key() {
		return new KeptRisks.Key(version.current(), LocalDate.now(clock), configuration.current().version());
	}

	/** @param siteId one site (scored with its members, if any), or null for every site */
	private List<SiteRisk> score(@Nullable Long siteId) {
		return score(siteId, configuration.current(), LocalDate.now(clock));
	}

	private List<SiteRisk> score(@Nullable Long siteId, RiskConfiguration.Versioned config, LocalDate today) {
		long start = System.nanoTime();
		List<RiskInputs> inputs = queries.inputs(siteId, today, config.weights().lookBackDays());
		long read = System.nanoTime();
		Tree tree = new Tree(inputs, config, today);
		List<SiteRisk> risks = siteId != null ? List.of(tree.scored(siteId).risk())
				: inputs.stream().map(site -> tree.scored(site.siteId()).risk()).toList();
		if (siteId == null) {
			LOG.debug("risk of {} sites: read {} ms, scored {} ms", risks.size(), (read - start) / 1_000_000,
					(System.nanoTime() - read) / 1_000_000);
		}
		return risks;
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
