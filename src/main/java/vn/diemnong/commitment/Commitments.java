package vn.diemnong.commitment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.diemnong.audit.AuditLog;
import vn.diemnong.common.Actor;
import vn.diemnong.common.ApiProblem;
import vn.diemnong.common.ApiProblem.FieldProblem;
import vn.diemnong.common.Coded;
import vn.diemnong.photo.Photo;
import vn.diemnong.photo.Photos;
import vn.diemnong.site.SiteRef;
import vn.diemnong.site.Sites;

/**
 * Records signed commitments. Append-only: a commitment is never changed; a newer one of the same site supersedes the
 * site's current one (and must not be signed before it).
 */
@Service
class Commitments {

	private final Sites sites;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final AuditLog audit;
	private final Photos photos;

	Commitments(Sites sites, JdbcClient jdbc, Clock clock, AuditLog audit, Photos photos) {
		this.sites = sites;
		this.jdbc = jdbc;
		this.clock = clock;
		this.audit = audit;
		this.photos = photos;
	}

	/** Checks a commitment before anything (its scan included) is stored; every field's problem at once. */
	private Checked check(long siteId, NewCommitment request, byte @Nullable [] scan) {
		SiteRef site = sites.require(siteId);
		List<FieldProblem> problems = new ArrayList<>();
		if (site.compound()) {
			problems.add(new FieldProblem("siteId", "commitment-compound"));
		}
		SignerRole role = attempt(problems, () -> Coded.parse(SignerRole.class, "signerRole", request.signerRole()));
		List<Promise> promises = new ArrayList<>();
		for (String code : request.promises()) {
			Promise promise = attempt(problems, () -> Coded.parse(Promise.class, "promises", code));
			if (promise != null && !promises.contains(promise)) {
				promises.add(promise);
			}
		}
		LocalDate today = LocalDate.now(clock);
		if (request.signedOn().isAfter(today)) {
			problems.add(new FieldProblem("signedOn", "future-date", request.signedOn()));
		}
		if (request.validUntil().isBefore(request.signedOn())) {
			problems.add(new FieldProblem("validUntil", "commitment-ends-before-signing"));
		}
		boolean relocate = promises.contains(Promise.RELOCATE_TO_CLUSTER);
		if (relocate && request.relocateBy() == null) {
			problems.add(new FieldProblem("relocateBy", "commitment-relocate-date"));
		}
		else if (relocate && request.relocateBy().isBefore(request.signedOn())) {
			problems.add(new FieldProblem("relocateBy", "commitment-ends-before-signing"));
		}
		String other = request.promiseOther() == null || request.promiseOther().isBlank() ? null
				: request.promiseOther().strip();
		if (promises.contains(Promise.OTHER) && other == null) {
			problems.add(new FieldProblem("promiseOther", "commitment-other-text"));
		}
		LocalDate current = jdbc.sql("SELECT max(signed_on) FROM commitment WHERE site_id = ?").param(siteId)
			.query(LocalDate.class).optional().orElse(null);
		if (current != null && request.signedOn().isBefore(current)) {
			problems.add(new FieldProblem("signedOn", "commitment-before-current", current));
		}
		if (scan == null || scan.length == 0) {
			problems.add(new FieldProblem("scan", "commitment-scan-missing"));
		}
		if (!problems.isEmpty()) {
			throw ApiProblem.invalid(problems);
		}
		return new Checked(site, role, promises, relocate ? request.relocateBy() : null,
				promises.contains(Promise.OTHER) ? other : null);
	}

	/**
	 * Records a commitment with the scan of the signed page, superseding the site's current one: the fields are
	 * checked first, then the scan (the photo module's checks, hash of the bytes received), all in one transaction, so a
	 * refusal stores nothing. Commitments of one site wait for each other (a lock on the site's chain), so two
	 * recorded at once do not both supersede the same one.
	 */
	@Transactional
	long record(long siteId, NewCommitment request, byte @Nullable [] scan) {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('commitment'), CAST(? AS integer))")
			.param((int) siteId).query((rs, n) -> 1).list();
		Checked checked = check(siteId, request, scan);
		String scanSha256 = photos.accept(List.of(new Photo.Upload("scan", scan))).get(0).sha256();
		long id = jdbc.sql("""
				INSERT INTO commitment (site_id, signed_on, signer_name, signer_role, promises, relocate_by, promise_other,
				                        valid_until, scan_sha256, supersedes_id, filed_commune_code, witnessed_by)
				VALUES (:site, :signedOn, :signer, :role, CAST(:promises AS text[]), :relocateBy, :other, :validUntil,
				        :scan,
				        (SELECT c.id FROM commitment c WHERE c.site_id = :site
				           AND NOT EXISTS (SELECT 1 FROM commitment n WHERE n.supersedes_id = c.id)
				         ORDER BY c.signed_on DESC, c.id DESC LIMIT 1),
				        :commune, :by)
				RETURNING id""")
			.param("site", siteId).param("signedOn", request.signedOn()).param("signer", request.signerName().strip())
			.param("role", checked.role().code())
			.param("promises", checked.promises().stream().map(Promise::code).toArray(String[]::new))
			.param("relocateBy", checked.relocateBy()).param("other", checked.promiseOther())
			.param("validUntil", request.validUntil()).param("scan", scanSha256)
			.param("commune", checked.site().communeCode()).param("by", Actor.current())
			.query(Long.class).single();
		audit.record("commitment.create", "commitment", id, null, audit.snapshot("commitment", id));
		return id;
	}

	private static <T> @Nullable T attempt(List<FieldProblem> problems, java.util.function.Supplier<T> parse) {
		try {
			return parse.get();
		}
		catch (ApiProblem problem) {
			problems.addAll(problem.errors());
			return null;
		}
	}

	record Checked(SiteRef site, SignerRole role, List<Promise> promises, @Nullable LocalDate relocateBy,
			@Nullable String promiseOther) {
	}
}
