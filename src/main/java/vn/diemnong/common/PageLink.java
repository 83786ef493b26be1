package vn.diemnong.common;

import io.swagger.v3.oas.annotations.media.Schema;

/** A paging link of a FeatureCollection ({@link FeatureCollections}), for the OpenAPI document only. */
@Schema(name = "PageLink")
public record PageLink(@Schema(allowableValues = { "self", "next", "prev" }) String rel, String type, String href) {
}
