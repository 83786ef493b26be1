package vn.diemnong.patrol;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.diemnong.common.Messages;
import vn.diemnong.common.Scope;
import vn.diemnong.common.UiWords;

/**
 * The commune police posts a plan can start from. The demo has no register of them: each commune's post is put at a
 * point inside the commune (PostGIS's point on surface, standing in for the commune's seat) and marked synthetic.
 */
@Service
class PolicePosts {

	private final JdbcClient jdbc;
	private final UiWords words;

	PolicePosts(JdbcClient jdbc, UiWords words) {
		this.jdbc = jdbc;
		this.words = words;
	}

	@Schema(name = "PolicePost")
	record Post(String communeCode, String communeName, String label, double lon, double lat, boolean synthetic) {
	}

	List<Post> list() {
		Map<String, Object> params = new HashMap<>();
		String label = words.get(Messages.current(), "police.post.label");
		return jdbc.sql("""
				SELECT c.code, c.name, ST_X(p.pt) AS lon, ST_Y(p.pt) AS lat
				FROM commune_current c, LATERAL (SELECT ST_PointOnSurface(c.geom) AS pt) p
				WHERE c.geom IS NOT NULL %s ORDER BY c.name""".formatted(Scope.andCondition("c.code", params)))
			.params(params)
			.query((rs, n) -> new Post(rs.getString("code"), rs.getString("name"),
					label.replace("{name}", rs.getString("name")), rs.getDouble("lon"), rs.getDouble("lat"), true))
			.list();
	}
}
