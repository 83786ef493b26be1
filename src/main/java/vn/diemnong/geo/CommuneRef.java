package vn.diemnong.geo;

/** A commune valid now (since 1 July 2025), as other features refer to it. */
public record CommuneRef(long id, String code, String name) {
}
