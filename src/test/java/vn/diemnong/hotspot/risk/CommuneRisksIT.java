package vn.diemnong.hotspot.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.diemnong.IntegrationTest;

/**
 * A commune's risks (its to-do list's reactivations) scored alone are the same as when the whole province is scored:
 * every site of the commune, villages with all their members.
 */
@IntegrationTest
class CommuneRisksIT {

	@Autowired
	SiteRisks risks;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCommunesSitesScoredAloneScoreAsInTheWholeProvince() {
		List<String> communes = new ArrayList<>(List.of("09190", "09238"));
		// communes with villages or clusters, whose risk draws on their members
		communes.addAll(jdbc.sql("""
				SELECT DISTINCT commune_code FROM site_current
				WHERE compound AND commune_code IS NOT NULL AND commune_code NOT IN ('09190', '09238')
				ORDER BY commune_code LIMIT 3""").query(String.class).list());
		long start = System.nanoTime();
		Map<Long, SiteRisk> province = risks.all().stream()
			.collect(Collectors.toMap(SiteRisk::siteId, Function.identity()));
		long provinceMs = (System.nanoTime() - start) / 1_000_000;
		boolean compoundSeen = false;
		for (String commune : communes) {
			Set<Long> own = Set.copyOf(jdbc.sql("SELECT id FROM site_current WHERE commune_code = ?").param(commune)
				.query(Long.class).list());
			start = System.nanoTime();
			List<SiteRisk> alone = risks.inCommune(commune);
			long communeMs = (System.nanoTime() - start) / 1_000_000;
			System.out.printf("[risk] commune %s: %d sites scored in %d ms (the province: %d ms)%n", commune,
					own.size(), communeMs, provinceMs);
			assertThat(alone.stream().map(SiteRisk::siteId).toList()).as(commune).containsAll(own);
			for (SiteRisk risk : alone) {
				SiteRisk same = province.get(risk.siteId());
				// reasons of one date and weight come in the order the database reads them, in either way of scoring
				assertThat(risk.reasons()).as(commune + " site " + risk.siteId())
					.containsExactlyInAnyOrderElementsOf(same.reasons());
				assertThat(new SiteRisk(risk.siteId(), risk.score(), risk.configVersion(), risk.rawPoints(),
						risk.scaledBy(), same.reasons())).as(commune + " site " + risk.siteId()).isEqualTo(same);
			}
			compoundSeen |= jdbc.sql("SELECT count(*) FROM site_current WHERE compound AND commune_code = ?")
				.param(commune).query(Long.class).single() > 0;
		}
		assertThat(compoundSeen).as("a commune with a village among those compared").isTrue();
	}
}
