package vn.diemnong.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import vn.diemnong.Api;
import vn.diemnong.IntegrationTest;

/** What anybody may see without signing in, the limits on it, and the headers every answer carries. */
@IntegrationTest
class PublicSurfaceIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void thePublicSitesCarryNoConfidentialFieldAndOnlyClosedDecidedViolations() {
		Api anonymous = new Api(port);
		Api.Response list = anonymous.get("/api/v1/public/sites?limit=10000");
		assertThat(list.status()).isEqualTo(200);
		for (String secret : new String[] { "operatorName", "address", "permitNumber", "note", "source", "inspections" }) {
			assertThat(list.body()).doesNotContain("\"" + secret + "\"");
		}
		JsonNode features = list.json().get("features");
		assertThat(features.size()).isEqualTo(jdbc.sql("SELECT count(*) FROM site").query(Integer.class).single());
		features.valueStream().filter(f -> f.get("properties").get("kind").asString().equals("household_workshop"))
			.forEach(f -> assertThat(f.get("properties").get("name").isNull()).isTrue());

		long published = jdbc.sql("SELECT count(*) FROM violation WHERE status = 'closed' AND decided_on IS NOT NULL")
			.query(Long.class).single();
		long all = jdbc.sql("SELECT count(*) FROM violation").query(Long.class).single();
		assertThat(published).isPositive().isLessThan(all);
		long shown = features.valueStream().mapToLong(f -> f.get("properties").get("publishedViolations").asLong()).sum();
		assertThat(shown).isEqualTo(published);

		long site = jdbc.sql("""
				SELECT site_id FROM violation GROUP BY site_id
				HAVING bool_or(status = 'closed' AND decided_on IS NOT NULL) AND bool_or(status <> 'closed')
				ORDER BY site_id LIMIT 1""").query(Long.class).single();
		JsonNode one = anonymous.get("/api/v1/public/sites/" + site).json();
		assertThat(one.get("properties").get("violations").valueStream().map(v -> v.get("decidedOn")))
			.isNotEmpty().allMatch(date -> !date.isNull());
		assertThat(one.get("properties").get("violations").size()).isEqualTo(jdbc.sql("""
				SELECT count(*) FROM violation WHERE site_id = ? AND status = 'closed' AND decided_on IS NOT NULL""")
			.param(site).query(Integer.class).single());
	}

	@Test
	void thePublicCommunesLayerCountsOnlyPublishedViolationsAndNoInspections() {
		JsonNode publicLayer = new Api(port).get("/api/v1/public/communes?from=2023-01-01&to=2026-10-31").json();
		JsonNode internal = new Api(port, "xem").get("/api/v1/communes?from=2023-01-01&to=2026-10-31").json();
		assertThat(publicLayer.get("features").size()).isEqualTo(99);
		long publicTotal = publicLayer.get("features").valueStream()
			.mapToLong(f -> f.get("properties").get("violations").asLong()).sum();
		long internalTotal = internal.get("features").valueStream()
			.mapToLong(f -> f.get("properties").get("violations").asLong()).sum();
		assertThat(publicTotal).isPositive().isLessThan(internalTotal);
		assertThat(publicLayer.get("features").valueStream().map(f -> f.get("properties").get("inspections")))
			.allMatch(JsonNode::isNull);
	}

	@Test
	void thePublicApiIsRateLimitedPerAddressWithRetryAfter() {
		Api anonymous = new Api(port);
		String from = "203.0.113.77";
		// a full bucket holds a minute's worth (120); it refills at 2 a second, so a burst is refused soon after
		int ok = 0;
		Api.Response limited = null;
		while (ok < 200 && limited == null) {
			Api.Response response = anonymous.get("/api/v1/public/sites?limit=1", "X-Forwarded-For", from);
			if (response.status() == 429) {
				limited = response;
			}
			else {
				ok++;
			}
		}
		assertThat(ok).isBetween(120, 160);
		assertThat(limited.problem()).isEqualTo("request:rate-limited");
		assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 60L);
		assertThat(anonymous.get("/api/v1/public/sites?limit=1", "X-Forwarded-For", "203.0.113.78").status())
			.isEqualTo(200);
	}

	@Test
	void everyAnswerCarriesTheSecurityHeadersAndHstsOnlyBehindTls() {
		Api.Response page = new Api(port).get("/");
		String csp = page.header("Content-Security-Policy");
		assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
			.containsPattern("script-src 'self' 'sha256-[A-Za-z0-9+/=]{44}'").doesNotContain("unsafe-inline", "unsafe-eval");
		assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
		assertThat(page.header("Strict-Transport-Security")).isNull();
		Api.Response proxied = new Api(port).get("/api/v1/config", "X-Forwarded-Proto", "https");
		assertThat(proxied.header("Strict-Transport-Security")).contains("max-age=31536000");
		assertThat(new Api(port).get("/api/v1/sites").header("Content-Security-Policy")).isNotNull();
	}
}
