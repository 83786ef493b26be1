package vn.diemnong.site;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;

import tools.jackson.databind.JsonNode;
import vn.diemnong.common.ApiProblem;
import vn.diemnong.common.Coded;

/**
 * A JSON merge patch (RFC 7396) of a site: present fields replace, {@code null} clears an optional field. Status is
 * not patchable: it changes through status events so that the history is kept.
 */
final class SitePatch {

	private static final List<String> FIELDS = List.of("name", "kind", "trade", "geometry", "parentId", "address",
			"operatorName", "pollutionClass", "permitNumber", "permitValidUntil", "locationPrecision", "note");

	private final JsonNode patch;
	private final Sites sites;

	SitePatch(JsonNode patch, Sites sites) {
		this.patch = patch;
		this.sites = sites;
	}

	void applyTo(Site site) {
		if (!patch.isObject()) {
			throw ApiProblem.invalid("body", "wrong-type");
		}
		for (Map.Entry<String, JsonNode> field : patch.properties()) {
			if (field.getKey().equals("status")) {
				throw ApiProblem.invalid("status", "status-not-patchable");
			}
			if (!FIELDS.contains(field.getKey())) {
				throw ApiProblem.invalid(field.getKey(), "unknown-value", field.getKey(), String.join(", ", FIELDS));
			}
		}
		freeText("name", true, site::setName);
		text("kind", true, v -> site.setKind(Coded.parse(SiteKind.class, "kind", v)));
		text("trade", true, v -> site.setTrade(Coded.parse(Trade.class, "trade", v)));
		freeText("address", false, site::setAddress);
		freeText("operatorName", false, site::setOperatorName);
		text("pollutionClass", false,
				v -> site.setPollutionClass(Coded.parseOptional(PollutionClass.class, "pollutionClass", v)));
		freeText("permitNumber", false, site::setPermitNumber);
		text("permitValidUntil", false,
				v -> site.setPermitValidUntil(v == null ? null : sites.recordDate("permitValidUntil", v)));
		freeText("locationPrecision", false, site::setLocationPrecision);
		freeText("note", false, site::setNote);
		if (patch.has("parentId")) {
			JsonNode parent = patch.get("parentId");
			if (!parent.isNull() && !parent.isIntegralNumber()) {
				throw ApiProblem.invalid("parentId", "wrong-type");
			}
			site.setParentId(sites.checkedParent(parent.isNull() ? null : parent.asLong()));
		}
		if (patch.has("geometry")) {
			Geometry geometry = sites.readGeometry(patch.get("geometry"));
			site.moveTo(geometry, sites.communeAt(geometry, "geometry").id());
		}
	}

	/** A text the user writes, held to the same limits as when the site is registered. */
	private void freeText(String field, boolean required, Consumer<@Nullable String> setter) {
		text(field, required, value -> {
			if (value != null) {
				sites.requireValidAsNew(field, value);
			}
			setter.accept(value);
		});
	}

	private void text(String field, boolean required, Consumer<@Nullable String> setter) {
		if (!patch.has(field)) {
			return;
		}
		JsonNode value = patch.get(field);
		if (value.isNull()) {
			if (required) {
				throw ApiProblem.invalid(field, "constraint.NotNull");
			}
			setter.accept(null);
			return;
		}
		if (!value.isString() || required && value.asString().isBlank()) {
			throw ApiProblem.invalid(field, value.isString() ? "constraint.NotBlank" : "wrong-type");
		}
		setter.accept(value.asString());
	}
}
