package vn.diemnong.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
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
import vn.diemnong.database.Superuser;

@IntegrationTest
class AuditTrailIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Environment environment;

	@Autowired
	AuditAnchor anchor;

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
		// the answers to the change and the status event show the operator's name: each is a view, audited
		assertThat(actions).containsExactly("site.view_confidential", "site.status", "site.view_confidential",
				"site.update", "site.create");
		JsonNode update = api.get("/api/v1/audit?record=site:" + site).json().get(3);
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

	@Test
	void theDatabaseNotTheInsertingStatementSetsTheTimeAndTheActorOfAnEvent() {
		String backdated = """
				INSERT INTO audit_event (occurred_at, actor, role, action, record_type, record_id, address)
				SELECT '2020-01-01T00:00:00Z', 'moitruong', 'ENV_DEPT', 'test.backdated', 'site', '1', '10.9.9.9' FROM %s""";
		assertThatThrownBy(() -> jdbc.sql(backdated.formatted("(SELECT 1) nothing_claimed")).update())
			.rootCause().hasMessageContaining("no actor claimed");
		jdbc.sql(backdated.formatted("(SELECT set_config('diemnong.actor', 'canbo.vanmon', true)) claim")).update();
		Map<String, Object> stored = jdbc.sql("""
				SELECT actor, role, address, abs(extract(epoch FROM now() - occurred_at)) < 60 AS now
				FROM audit_event WHERE action = 'test.backdated' ORDER BY seq DESC LIMIT 1""").query().singleRow();
		assertThat(stored).containsEntry("actor", "canbo.vanmon").containsEntry("role", null)
			.containsEntry("address", null).containsEntry("now", true);
		assertThat(api.get("/api/v1/audit/verify").json().get("intact").asBoolean()).isTrue();
	}

	@Test
	void anEventRewrittenByTheSuperuserWithEveryLaterHashRecomputedIsFoundByTheCheckpoints() throws Exception {
		Fixtures.site(api, Fixtures.unique("Cơ sở"), Fixtures.VAN_MON);
		assertThat(anchor.checkpoint()).isPresent();
		long seq = jdbc.sql("SELECT max(seq) - 1 FROM audit_event").query(Long.class).single();
		String actor = jdbc.sql("SELECT actor FROM audit_event WHERE seq = ?").param(seq).query(String.class).single();
		Fixtures.site(api, Fixtures.unique("Cơ sở"), Fixtures.VAN_MON);
		JsonNode before = api.get("/api/v1/audit/verify").json();
		assertThat(before.get("intact").asBoolean()).isTrue();
		assertThat(before.get("anchor").get("upToSeq").asLong()).isGreaterThan(seq);
		assertThat(before.get("anchor").get("since").asString()).isNotBlank();
		try {
			forge(seq, "forged");
			JsonNode verdict = api.get("/api/v1/audit/verify").json();
			assertThat(verdict.has("firstBrokenSeq")).as("the chain alone checks").isFalse();
			assertThat(verdict.get("intact").asBoolean()).isFalse();
			assertThat(verdict.get("reason").asString()).isEqualTo("checkpoint");
			JsonNode broken = verdict.get("anchor").get("brokenBetween");
			assertThat(seq).isBetween(broken.get(0).asLong(), broken.get(1).asLong());
		}
		finally {
			forge(seq, actor);
		}
		assertThat(api.get("/api/v1/audit/verify").json().get("intact").asBoolean()).isTrue();
	}

	@Test
	void aForgedCheckpointIsFound() throws Exception {
		Fixtures.site(api, Fixtures.unique("Cơ sở"), Fixtures.VAN_MON);
		AuditAnchor.Checkpoint last = anchor.checkpoint().orElseThrow();
		Path file = Path.of(environment.getRequiredProperty("diemnong.audit.anchor.directory"), "checkpoints.jsonl");
		String original = Files.readString(file);
		try {
			Files.writeString(file, original.replace(last.hash(), "0".repeat(64)));
			JsonNode anchored = api.get("/api/v1/audit/verify").json().get("anchor");
			assertThat(anchored.get("intact").asBoolean()).isFalse();
			assertThat(anchored.get("forgedCheckpoints").asInt()).isEqualTo(1);
		}
		finally {
			Files.writeString(file, original);
		}
		assertThat(api.get("/api/v1/audit/verify").json().get("intact").asBoolean()).isTrue();
	}

	@Test
	void anAdministratorSeesTheOperatorRedactedAndTheDepartmentsReadingItIsAudited() {
		long site = Fixtures.site(api, Fixtures.unique("Cơ sở riêng tư"), Fixtures.VO_CUONG);
		api.patch("/api/v1/sites/" + site, Map.of("operatorName", "Trần Thị Riêng", "address", "Số 7 ngõ Kín"),
				"If-Match", "\"0\"");
		String record = "/api/v1/audit?record=site:" + site;
		Api admin = api.as("quantri");
		String adminView = admin.get(record).body();
		assertThat(adminView).doesNotContain("Trần Thị Riêng").doesNotContain("Số 7 ngõ Kín").contains("[redacted]");
		assertThat(viewsOfTheTrail(site)).isZero();
		String departmentView = api.get(record).body();
		assertThat(departmentView).contains("Trần Thị Riêng").contains("Số 7 ngõ Kín");
		assertThat(viewsOfTheTrail(site)).isOne();
		JsonNode view = api.get("/api/v1/audit?record=audit_event:site:" + site).json().get(0);
		assertThat(view.get("actor").asString()).isEqualTo("moitruong");
		assertThat(view.get("after").asString()).contains("operator_name");
	}

	@Test
	void aStatusEventAnswerShowingTheOperatorIsAudited() {
		long site = Fixtures.site(api, Fixtures.unique("Cơ sở"), Fixtures.VAN_MON);
		api.patch("/api/v1/sites/" + site, Map.of("operatorName", "Lê Văn Chủ"), "If-Match", "\"0\"");
		long views = views(site);
		Api.Response answer = api.post("/api/v1/sites/" + site + "/status-events", Map.of("newStatus", "suspended",
				"occurredOn", "2026-11-05", "reason", "Đình chỉ"));
		assertThat(answer.body()).contains("Lê Văn Chủ");
		assertThat(views(site)).isEqualTo(views + 1);
	}

	private long views(long site) {
		return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'site.view_confidential' AND record_id = ?")
			.param(String.valueOf(site)).query(Long.class).single();
	}

	private long viewsOfTheTrail(long site) {
		return jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'audit.view_confidential' AND record_id = ?")
			.param("site:" + site).query(Long.class).single();
	}

	/**
	 * What an intruder with the superuser's rights could do: triggers off, an event changed and every later hash
	 * recomputed, so that the chain alone checks.
	 */
	private void forge(long seq, String actor) {
		Superuser.sql(environment, """
				BEGIN;
				SET LOCAL session_replication_role = replica;
				UPDATE audit_event SET actor = '%2$s' WHERE seq = %1$d;
				DO $$
				DECLARE
				  r record;
				  prev text;
				BEGIN
				  SELECT hash INTO prev FROM audit_event WHERE seq = %1$d - 1;
				  FOR r IN SELECT seq FROM audit_event WHERE seq >= %1$d ORDER BY seq LOOP
				    UPDATE audit_event e SET prev_hash = prev,
				           hash = encode(sha256(convert_to(coalesce(prev, '') || '|' || audit_payload(e), 'UTF8')), 'hex')
				     WHERE e.seq = r.seq RETURNING e.hash INTO prev;
				  END LOOP;
				END $$;
				COMMIT;
				""".formatted(seq, actor.replace("'", "''")));
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
