package vn.diemnong.commitment;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.diemnong.common.Scope;
import vn.diemnong.photo.PhotoCitations;

/** A commitment's scan may be read by whoever may read the commitment: its site in their communes, in a role that does. */
@Component
class CommitmentScans implements PhotoCitations {

	/** The roles that read commitments (the security rules give /sites/{id}/commitments to the same). */
	static final Set<String> READERS = Set.of("ENV_DEPT", "POLICE", "COMMUNE");

	private final JdbcClient jdbc;

	CommitmentScans(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean visible(String sha256) {
		if (!CommitmentReaders.callerReads()) {
			return false;
		}
		Map<String, Object> params = new HashMap<>();
		String scope = Scope.andCondition("s.commune_code", params);
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM commitment c JOIN site_current s ON s.id = c.site_id
				               WHERE c.scan_sha256 = :sha %s)""".formatted(scope))
			.params(params).param("sha", sha256).query(Boolean.class).single();
	}
}
