package vn.diemnong.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import tools.jackson.databind.JsonNode;
import vn.diemnong.Api;
import vn.diemnong.Fixtures;
import vn.diemnong.IntegrationTest;

@IntegrationTest
class AuditTrailIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Environment environment;

	Api api;

	@BeforeEach
	void client() {
		api = new Api(port, "moitruong");
	}

	@Test
	void everyWritePathLeavesAnEventWithWhoWhenWhereAndWhatChanged() {
		long site = Fixtures.site(api, Fixtures.unique("Cơ sở kiểm toán"), Fixtures.VO_CUONG);
		api.patch("/api/v1/sites/" + site, Map.of("operatorName", "Đỗ Văn Ân"), "If-Match", "\"0\"");
		api.post("/api/v1/sites/" + site + "/status-events", Map.of("newStatus", "suspended", "occurredOn",
				"2026-11-05", "reason", "Đình chỉ theo quyết định"));
		long inspection = api.post("/api/v1/inspections", Map.of("siteId", site, "inspectedOn", "2026-11-05", "kind",
				"scheduled", "team", List.of("environment"))).json().get("id").asLong();

		List<String> actions = api.get("/api/v1/audit?record=site:" + site).json().valueStream()
			.map(e -> e.get("action").asString()).toList();
		assertThat(actions).containsExactly("site.status", "site.update", "site.create");
		JsonNode update = api.get("/api/v1/audit?record=site:" + site).json().get(1);
		assertThat(Api.json(update.get("before").asString()).get("operator_name").isNull()).isTrue();
		assertThat(Api.json(update.get("after").asString()).get("operator_name").asString()).isEqualTo("Đỗ Văn Ân");
		assertThat(update.get("actor").asString()).isEqualTo("moitruong");
		assertThat(update.get("role").asString()).isEqualTo("ENV_DEPT");
		assertThat(update.get("address").asString()).isNotBlank();
		assertThat(api.get("/api/v1/audit?record=inspection:" + inspection).json().get(0).get("action").asString())
			.isEqualTo("inspection.create");
	}

	@Test
	void theApplicationRoleMayNotRewriteTheTrailAndNeitherMayTheOwnerWhileTheTriggerStands() {
		Fixtures.site(api, Fixtures.unique("Cơ sở"), Fixtures.VAN_MON);
		assertThatThrownBy(() -> jdbc.sql("UPDATE audit_event SET actor = 'someone else'").update())
			.rootCause().hasMessageContaining("permission denied");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event").update())
			.rootCause().hasMessageContaining("permission denied");
		assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_event").update())
			.rootCause().hasMessageContaining("permission denied");
		assertThatThrownBy(() -> jdbc.sql("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only").update())
			.rootCause().hasMessageContaining("must be owner");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM site_status_event").update())
			.rootCause().hasMessageContaining("permission denied");
		assertThatThrownBy(() -> owner().sql("UPDATE audit_event SET actor = 'someone else'").update())
			.rootCause().hasMessageContaining("append-only");
		assertThatThrownBy(() -> owner().sql("DELETE FROM audit_event").update())
			.rootCause().hasMessageContaining("append-only");
		assertThat(api.get("/api/v1/audit/verify").json().get("applicationRoleCanRewrite").asBoolean()).isFalse();
	}

	@Test
	void anEditedEventIsFoundByTheChainCheck() {
		Fixtures.site(api, Fixtures.unique("Cơ sở"), Fixtures.VAN_MON);
		assertThat(api.get("/api/v1/audit/verify").json().get("intact").asBoolean()).isTrue();
		long seq = jdbc.sql("SELECT min(seq) FROM audit_event").query(Long.class).single();
		String actor = jdbc.sql("SELECT actor FROM audit_event WHERE seq = ?").param(seq).query(String.class).single();
		try {
			rewrite(seq, "forged");
			JsonNode verdict = api.get("/api/v1/audit/verify").json();
			assertThat(verdict.get("intact").asBoolean()).isFalse();
			assertThat(verdict.get("firstBrokenSeq").asLong()).isEqualTo(seq);
			assertThat(verdict.get("reason").asString()).isEqualTo("edited");
		}
		finally {
			rewrite(seq, actor);
		}
		assertThat(api.get("/api/v1/audit/verify").json().get("intact").asBoolean()).isTrue();
	}

	/** What an intruder with the owner's rights could do; the hash chain still tells. */
	private void rewrite(long seq, String actor) {
		JdbcClient owner = owner();
		owner.sql("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only").update();
		try {
			owner.sql("UPDATE audit_event SET actor = ? WHERE seq = ?").params(actor, seq).update();
		}
		finally {
			owner.sql("ALTER TABLE audit_event ENABLE TRIGGER audit_event_append_only").update();
		}
	}

	/** The schema's owner, as Flyway connects: not the service's own role. */
	private JdbcClient owner() {
		return JdbcClient.create(new DriverManagerDataSource(environment.getProperty("spring.datasource.url"),
				environment.getProperty("spring.flyway.user"), environment.getProperty("spring.flyway.password")));
	}
}
