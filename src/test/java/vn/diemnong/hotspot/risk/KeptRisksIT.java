package vn.diemnong.hotspot.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.diemnong.Fixtures;
import vn.diemnong.IntegrationTest;
import vn.diemnong.common.DataVersion;

/**
 * Issue 13, the 100,000-site plan: every site's risk is kept until the data behind it changes. The kept answer must be
 * exactly what scoring afresh gives, after a write (in plain SQL, as an import or a hand fix would) to each table the
 * risk reads, and a transaction's own uncommitted writes must never be kept.
 */
@IntegrationTest
class KeptRisksIT {

	@Autowired
	SiteRisks risks;

	@Autowired
	DataVersion version;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aWriteToEachTableTheRiskReadsChangesTheNextAnswerAndItEqualsAFreshScoring() {
		LocalDate today = LocalDate.now(clock);
		assertSameAsFresh();

		// a status event: a reactivation
		long reactivated = newSite(today);
		changes(reactivated, () -> jdbc.sql("""
				INSERT INTO site_status_event (site_id, occurred_on, old_status, new_status, reason, recorded_by)
				VALUES (?, ?, 'operating', 'reactivated', 'KeptRisksIT', 'KeptRisksIT')""")
			.params(reactivated, today.minusDays(3)).update());

		// a violation: its severity
		long violated = newSite(today);
		changes(violated, () -> jdbc.sql("UPDATE violation SET severity = 3 WHERE site_id = ?").param(violated)
			.update());

		// a sample over its limit
		long sampled = newSite(today);
		changes(sampled, () -> jdbc.sql("""
				INSERT INTO sample (inspection_id, medium, parameter, value, unit, exceedance)
				SELECT max(id), 'wastewater', 'COD', 450, 'mg/L', 3.0 FROM inspection WHERE site_id = ?""")
			.param(sampled).update());

		// an inspection: the last one, moved to yesterday, ends the inspection gap
		long inspected = newSite(today);
		changes(inspected, () -> jdbc.sql("UPDATE inspection SET inspected_on = ? WHERE site_id = ?")
			.params(today.minusDays(1), inspected).update());

		// the site itself: its status
		long site = newSite(today);
		changes(site, () -> jdbc.sql("UPDATE site SET status = 'reactivated' WHERE id = ?").param(site).update());

		// a field observation: scrap stockpiled, then one that saw it working
		long observed = newSite(today);
		changes(observed, () -> observe(observed, "scrap_stockpiled"));
		observe(observed, "working");
		// a commitment signed before that sighting: broken
		changes(observed, () -> jdbc.sql("""
				INSERT INTO commitment (site_id, signed_on, signer_name, signer_role, promises, valid_until,
				                        filed_commune_code, witnessed_by)
				VALUES (?, ?, 'Nguyễn Văn Thử', 'director', ARRAY['no_scrap_recycling'], ?, '09190', 'KeptRisksIT')""")
			.params(observed, today.minusDays(30), today.plusDays(300)).update());

		// a citizen's tip, verified at the site
		long tipped = newSite(today);
		changes(tipped, () -> jdbc.sql("""
				INSERT INTO tip (reference, geom, commune_code, findings, seen_on, status, received_at, respond_by,
				                 status_changed_at, site_id)
				SELECT ?, geom, '09190', ARRAY['working'], ?, 'verified', now() - interval '1 day', ?, now(), id
				FROM site WHERE id = ?""")
			.params(reference(), today.minusDays(2), today.plusDays(10), tipped).update());
	}

	@Test
	void aMembersChangeScoresItsVillageAgainAndMovingAMemberScoresBothVillages() {
		LocalDate today = LocalDate.now(clock);
		long village = newSite(today, "craft_village", null);
		long other = newSite(today, "craft_village", null);
		long member = newSite(today, "household_workshop", village);
		jdbc.sql("UPDATE site SET status = 'reactivated' WHERE id = ?").param(member).update();
		risks.all();
		// the village draws on its riskiest member
		changes(village, () -> jdbc.sql("""
				INSERT INTO site_status_event (site_id, occurred_on, old_status, new_status, reason, recorded_by)
				VALUES (?, ?, 'operating', 'reactivated', 'KeptRisksIT', 'KeptRisksIT')""")
			.params(member, today.minusDays(2)).update());
		changes(other, () -> jdbc.sql("UPDATE site SET parent_id = ? WHERE id = ?").params(other, member).update());
		assertThat(score(risks.all(), village)).isLessThan(score(risks.all(), other));
	}

	@Test
	void aCompactionOfChangesTheKeptScoresHaveNotSeenMakesEverySiteScoredAgain() {
		long site = newSite(LocalDate.now(clock));
		risks.all();
		// rows the kept scores already saw: compacted, the next change is still told site by site
		version.compact();
		jdbc.sql("UPDATE site SET status = 'reactivated' WHERE id = ?").param(site).update();
		risks.all();
		assertThat(risks.keptRescored()).isEqualTo(1);
		assertSameAsFresh();
		// a change compacted before the kept scores saw it: which sites it touched is gone, so all are scored
		jdbc.sql("UPDATE site SET status = 'operating' WHERE id = ?").param(site).update();
		version.compact();
		risks.all();
		assertThat(risks.keptRescored()).isEqualTo(-1);
		assertSameAsFresh();
	}

	@Test
	void aTransactionsOwnUncommittedWritesAreSeenByItButNeverKept() {
		long site = newSite(LocalDate.now(clock));
		List<SiteRisk> before = risks.all();
		long versionBefore = version.current();
		TransactionTemplate transaction = new TransactionTemplate(transactions);
		List<SiteRisk> inside = transaction.execute(status -> {
			jdbc.sql("UPDATE site SET status = 'reactivated' WHERE id = ?").param(site).update();
			List<SiteRisk> seen = risks.all();
			status.setRollbackOnly();
			return seen;
		});
		assertThat(score(inside, site)).isGreaterThan(score(before, site));
		assertThat(version.current()).isEqualTo(versionBefore);
		assertThat(normalised(risks.all())).isEqualTo(normalised(before));
		assertSameAsFresh();
	}

	@Test
	void theWarmUpScoresInTheBackgroundWhatTheNextCallerGets() {
		long site = newSite(LocalDate.now(clock));
		risks.warm();
		KeptRisks.Key before = risks.keptKey();
		jdbc.sql("UPDATE site SET status = 'reactivated' WHERE id = ?").param(site).update();
		risks.warm();
		KeptRisks.Key after = risks.keptKey();
		assertThat(after.version()).isGreaterThan(before.version());
		assertThat(after.version()).isEqualTo(version.current());
		List<SiteRisk> served = risks.all();
		assertThat(risks.keptKey()).isEqualTo(after);
		assertThat(normalised(served)).isEqualTo(normalised(risks.computedNow()));
	}

	/** The write changes the site's next answer, which is exactly a fresh scoring's, under a newer version. */
	private void changes(long site, Runnable write) {
		List<SiteRisk> before = risks.all();
		long versionBefore = version.current();
		write.run();
		assertThat(version.current()).as("version after a write").isGreaterThan(versionBefore);
		List<SiteRisk> after = risks.all();
		assertThat(risk(after, site)).as("site " + site + " after the write").isNotEqualTo(risk(before, site));
		assertThat(risks.keptRescored()).as("only the sites the write touched are scored again").isBetween(1, 5);
		assertSameAsFresh();
	}

	private void assertSameAsFresh() {
		assertThat(normalised(risks.all())).isEqualTo(normalised(risks.computedNow()));
		assertThat(risks.scores()).isEqualTo(risks.computedNow().stream()
			.collect(Collectors.toMap(SiteRisk::siteId, SiteRisk::score)));
	}

	/** Reasons of one date and weight come in the order the database reads them (as in CommuneRisksIT). */
	private static Map<Long, SiteRisk> normalised(List<SiteRisk> risks) {
		return risks.stream()
			.map(r -> new SiteRisk(r.siteId(), r.score(), r.configVersion(), r.rawPoints(), r.scaledBy(),
					r.reasons().stream().sorted(Comparator.comparing(RiskReason::toString)).toList()))
			.collect(Collectors.toMap(SiteRisk::siteId, Function.identity()));
	}

	private static SiteRisk risk(List<SiteRisk> risks, long site) {
		return normalised(risks).get(site);
	}

	private static double score(List<SiteRisk> risks, long site) {
		return risk(risks, site).score();
	}

	private void observe(long site, String finding) {
		jdbc.sql("""
				INSERT INTO observation (site_id, status_before, findings, observed_at, geom, accuracy_m, distance_m,
				                         max_distance_m, far, recorded_by)
				SELECT id, status, ARRAY[:finding], now() - interval '1 day', geom, 5, 0, 100, false,
				       'KeptRisksIT'
				FROM site WHERE id = :site""").param("finding", finding).param("site", site).update();
	}

	/**
	 * A workshop of its own in Võ Cường (no other test's ranking moves), inspected 250 days ago (an inspection gap)
	 * with one minor violation.
	 */
	private long newSite(LocalDate today) {
		return newSite(today, "household_workshop", null);
	}

	private long newSite(LocalDate today, String kind, Long parent) {
		long site = jdbc.sql("""
				INSERT INTO site (kind, trade, name, status, geom, commune_id, parent_id)
				SELECT :kind, 'paper_recycling', :name, 'operating',
				       ST_SetSRID(ST_Point(106.06056, 21.16714), 4326), id, :parent
				FROM commune_current WHERE code = '09190' RETURNING id""")
			.param("kind", kind).param("name", Fixtures.unique("Xưởng giữ điểm")).param("parent", parent)
			.query(Long.class).single();
		long inspection = jdbc.sql("""
				INSERT INTO inspection (site_id, inspected_on, kind, team, recorded_by)
				VALUES (?, ?, 'scheduled', ARRAY['KeptRisksIT'], 'KeptRisksIT') RETURNING id""")
			.params(site, today.minusDays(250)).query(Long.class).single();
		jdbc.sql("""
				INSERT INTO violation (inspection_id, site_id, category, severity, status)
				VALUES (?, ?, 'scrap_stockpiling', 1, 'open')""").params(inspection, site).update();
		return site;
	}

	private static String reference() {
		String alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
		StringBuilder reference = new StringBuilder(12);
		for (int i = 0; i < 12; i++) {
			reference.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
		}
		return reference.toString();
	}
}
