package vn.diemnong.site;

/** A site as other features see it. */
public record SiteRef(long id, String name, String kind, String status, String communeCode, boolean compound) {
}
