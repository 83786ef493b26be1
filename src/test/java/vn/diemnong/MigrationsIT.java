package vn.diemnong;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class MigrationsIT {

	@Autowired
	JdbcClient jdbc;

	@Test
	void postgisAndUnaccentAreInstalled() {
		assertThat(jdbc.sql("SELECT extname FROM pg_extension").query(String.class).list())
			.contains("postgis", "unaccent", "pg_trgm");
	}

	@Test
	void searchKeyFoldsComposedAndDecomposedVietnamese() {
		String composed = "Phong Khê Đại Bái";
		String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
		assertThat(jdbc.sql("SELECT search_key(?)").param(composed).query(String.class).single())
			.isEqualTo("phong khe dai bai");
		assertThat(jdbc.sql("SELECT search_key(?)").param(decomposed).query(String.class).single())
			.isEqualTo("phong khe dai bai");
	}
}
