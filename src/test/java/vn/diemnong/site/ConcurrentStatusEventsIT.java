package vn.diemnong.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.diemnong.Api;
import vn.diemnong.Fixtures;
import vn.diemnong.IntegrationTest;

/** A status event without If-Match is an observation, not an edit of what the caller read: it is never stale. */
@IntegrationTest
class ConcurrentStatusEventsIT {

	private static final List<String> STATUSES = List.of("operating", "under_remediation", "suspended", "committed",
			"closed", "reactivated", "relocated");

	@LocalServerPort
	int port;

	@Test
	void concurrentStatusEventsWithoutIfMatchAllSucceedAndAllAreInTheHistory() throws Exception {
		Api api = new Api(port, "moitruong");
		long id = Fixtures.site(api, Fixtures.unique("Xưởng đông người ghi"), Fixtures.VO_CUONG);
		List<Api.Response> responses = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			// each burst sends every status but the current one, so any order of the six is a valid history
			for (int burst = 0; burst < 4; burst++) {
				List<String> burstStatuses = STATUSES.stream().filter(s -> !s.equals(currentStatus(api, id))).toList();
				CountDownLatch start = new CountDownLatch(1);
				List<CompletableFuture<Api.Response>> sent = burstStatuses.stream()
					.map(status -> CompletableFuture.supplyAsync(() -> {
						await(start);
						return api.post("/api/v1/sites/" + id + "/status-events", Map.of("newStatus", status,
								"occurredOn", "2026-11-20", "reason", "Quan sát " + status));
					}, pool))
					.toList();
				start.countDown();
				sent.forEach(future -> responses.add(future.join()));
			}
		}
		finally {
			pool.shutdown();
		}

		assertThat(responses).hasSize(24).allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(201));
		JsonNode history = api.get("/api/v1/sites/" + id + "/history").json().get("entries");
		List<JsonNode> events = history.valueStream().filter(e -> e.get("type").asString().equals("status"))
			.sorted(java.util.Comparator.comparingLong(e -> e.get("id").asLong()))
			.toList();
		assertThat(events).hasSize(1 + 24);
		for (int i = 1; i < events.size(); i++) {
			assertThat(events.get(i).get("oldStatus").asString()).as("event %d follows the one before", i)
				.isEqualTo(events.get(i - 1).get("newStatus").asString());
		}
	}

	private static String currentStatus(Api api, long id) {
		return api.get("/api/v1/sites/" + id).json().get("properties").get("status").asString();
	}

	private static void await(CountDownLatch start) {
		try {
			start.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
