package vn.diemnong.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.diemnong.Api;
import vn.diemnong.IntegrationTest;

/** The benchmark compares the API with "the same SQL in psql": this keeps bench/sites-province.sql the same SQL. */
@IntegrationTest
class BenchmarkSqlIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void benchmarkSqlReturnsExactlyTheFeaturesTheApiReturns() throws Exception {
		String sql = Files.readString(Path.of("bench/sites-province.sql")).replaceAll("(?m)^--.*$", "").strip();
		String featuresFromSql = jdbc.sql(sql.substring(0, sql.length() - 1)).query((rs, n) -> rs.getString(1))
			.single();
		long countFromSql = jdbc.sql("SELECT count(*) FROM site").query(Long.class).single();

		var api = new Api(port, "moitruong").get("/api/v1/sites?limit=10000").json();
		assertThat(Api.json(featuresFromSql)).isEqualTo(api.get("features"));
		assertThat(countFromSql).isEqualTo(api.get("numberMatched").asLong());
	}
}
