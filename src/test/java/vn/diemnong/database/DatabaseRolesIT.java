package vn.diemnong.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import vn.diemnong.IntegrationTest;

/** The embedded cluster's roles: the superuser provisions only; neither the owner nor the service is one. */
@IntegrationTest
class DatabaseRolesIT {

	@Autowired
	Environment environment;

	@Test
	void neitherTheOwnerNorTheServiceRoleIsASuperuserAndEachHasItsOwnSecret() {
		String owner = environment.getRequiredProperty("spring.flyway.password");
		String app = environment.getRequiredProperty("spring.datasource.password");
		assertThat(owner).isNotEqualTo(app);
		for (String[] login : new String[][] { { "spring.flyway.user", "spring.flyway.password" },
				{ "spring.datasource.username", "spring.datasource.password" } }) {
			JdbcClient jdbc = as(environment.getRequiredProperty(login[0]), environment.getRequiredProperty(login[1]));
			assertThat(jdbc.sql("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").query(Boolean.class)
				.single()).as(login[0]).isFalse();
			assertThatThrownBy(() -> jdbc.sql("SET session_replication_role = replica").update()).as(login[0])
				.rootCause().hasMessageContaining("permission denied");
		}
		// and the service's secret does not open the owner's door
		assertThatThrownBy(() -> as(environment.getRequiredProperty("spring.flyway.user"), app)
			.sql("SELECT 1").query(Integer.class).single()).rootCause().hasMessageContaining("password authentication failed");
	}

	private JdbcClient as(String user, String password) {
		return JdbcClient.create(new SingleConnectionDataSource(environment.getRequiredProperty("spring.datasource.url"),
				user, password, true));
	}
}
