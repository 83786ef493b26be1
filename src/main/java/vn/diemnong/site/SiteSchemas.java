package vn.diemnong.site;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.swagger.v3.oas.annotations.media.Schema;
import vn.diemnong.common.GeoJsonGeometry;
import vn.diemnong.common.PageLink;

/**
 * The shapes of the site answers, for the OpenAPI document only: PostgreSQL writes these as JSON text
 * ({@link SiteQueries}, {@link PublishedSites}) and nothing is serialised through these records. Codes (kind, trade,
 * status, pollution class) are those of {@code /api/v1/config}.
 */
final class SiteSchemas {

	private SiteSchemas() {
	}

	@Schema(name = "SiteFeatureCollection", description = "A page of sites as GeoJSON")
	record SiteFeatureCollection(@Schema(allowableValues = "FeatureCollection") String type, long numberMatched,
			long numberReturned, List<PageLink> links, List<SiteFeature> features) {
	}

	@Schema(name = "SiteFeature", description = "A site in a list")
	record SiteFeature(long id, @Schema(allowableValues = "Feature") String type, GeoJsonGeometry geometry,
			SiteProperties properties) {
	}

	record SiteProperties(String name, String kind, String trade, String status, String communeCode,
			String communeName, boolean synthetic, @Nullable Long parentId,
			@Schema(description = "members in the caller's communes") long memberCount,
			@Nullable String pollutionClass, @Nullable String locationPrecision,
			@Schema(description = "0-100, only with sort=risk") @Nullable Double risk) {
	}

	@Schema(name = "SiteDetail", description = "A site with every field; its ETag is its version")
	record SiteDetail(long id, @Schema(allowableValues = "Feature") String type, GeoJsonGeometry geometry,
			SiteDetailProperties properties) {
	}

	record SiteDetailProperties(String name, String kind, String trade, String status, String communeCode,
			String communeName, boolean synthetic, @Nullable Long parentId, long memberCount,
			@Nullable String pollutionClass, @Nullable String locationPrecision, @Nullable String address,
			@Nullable String operatorName, @Nullable String permitNumber, @Nullable LocalDate permitValidUntil,
			@Nullable String note, @Nullable String source, int version, OffsetDateTime createdAt,
			OffsetDateTime updatedAt, @Nullable ParentSite parent, List<SiteMember> members,
			@Schema(description = "locationPrecision in Vietnamese, when the data set gave both languages")
			@Nullable String locationPrecisionVi,
			@Schema(description = "note in Vietnamese, when the data set gave both languages") @Nullable String noteVi,
			@Schema(description = "source in Vietnamese, when the data set gave both languages")
			@Nullable String sourceVi) {
	}

	record ParentSite(long id, String name, String kind) {
	}

	record SiteMember(long id, String name, String kind, String trade, String status) {
	}

	@Schema(name = "SiteMergePatch", description = "JSON merge patch (RFC 7396): present fields replace, null clears"
			+ " an optional one; status changes through status events")
	record MergePatch(@Nullable String name, @Nullable String kind, @Nullable String trade,
			@Nullable GeoJsonGeometry geometry, @Nullable Long parentId, @Nullable String address,
			@Nullable String operatorName, @Nullable String pollutionClass, @Nullable String permitNumber,
			@Nullable LocalDate permitValidUntil, @Nullable String locationPrecision, @Nullable String note) {
	}

	@Schema(name = "PublishedSiteFeatureCollection", description = "A page of the public map's sites")
	record PublishedSiteFeatureCollection(@Schema(allowableValues = "FeatureCollection") String type,
			long numberMatched, long numberReturned, List<PageLink> links, List<PublishedSiteFeature> features) {
	}

	@Schema(name = "PublishedSiteFeature", description = "A site as the public sees it")
	record PublishedSiteFeature(long id, @Schema(allowableValues = "Feature") String type, GeoJsonGeometry geometry,
			PublishedSiteProperties properties) {
	}

	record PublishedSiteProperties(@Schema(description = "null for a household workshop") @Nullable String name,
			String kind, String trade, String status, @Nullable String pollutionClass, String communeCode,
			String communeName, @Nullable Long parentId, long publishedViolations) {
	}

	@Schema(name = "PublishedSiteDetail", description = "A site as the public sees it, with its published violations")
	record PublishedSiteDetail(long id, @Schema(allowableValues = "Feature") String type, GeoJsonGeometry geometry,
			PublishedSiteDetailProperties properties) {
	}

	record PublishedSiteDetailProperties(@Nullable String name, String kind, String trade, String status,
			@Nullable String pollutionClass, String communeCode, String communeName, @Nullable Long parentId,
			long publishedViolations, List<PublishedViolation> violations) {
	}

	@Schema(description = "A closed violation with a decision")
	record PublishedViolation(String category, int severity, @Nullable String decisionNumber, LocalDate decidedOn,
			@Nullable Long fineVnd, @Nullable String legalReference, @Nullable String remedialMeasures,
			@Schema(description = "the title that signed the decision (an issuingAuthorities code of /api/v1/config,"
					+ " e.g. commune_chair); not the signer's name") @Nullable String issuingAuthority) {
	}
}
