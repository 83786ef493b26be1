package vn.diemnong.tip;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import vn.diemnong.audit.AuditLog;
import vn.diemnong.common.Actor;
import vn.diemnong.common.ApiProblem;
import vn.diemnong.common.Coded;
import vn.diemnong.common.Dates;
import vn.diemnong.geo.AdminUnits;
import vn.diemnong.geo.CommuneRef;
import vn.diemnong.geo.Geometries;

/**
 * Takes citizens' tips and what their reporters add later, and lets those who handle them move them through their
 * life cycle. The reporter's contact is encrypted before it reaches the database and never enters an audit event, a
 * log line or a refusal; writes by the public are audited without the reporter's address.
 */
@Service
@EnableConfigurationProperties(TipSettings.class)
public class Tips {

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 .()-]{6,18}[0-9]");
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s.]{2,}");

	private final JdbcClient jdbc;
	private final Geometries geometries;
	private final AdminUnits units;
	private final ContactCipher cipher;
	private final AuditLog audit;
	private final Clock clock;
	private final TipSettings settings;
	private final TipDeadline deadline;
	private final TipLinks links;
	private final TipPhotos photos;
	private final tools.jackson.databind.json.JsonMapper json;

	Tips(JdbcClient jdbc, Geometries geometries, AdminUnits units, ContactCipher cipher, AuditLog audit, Clock clock,
			TipSettings settings, TipLinks links, TipPhotos photos, tools.jackson.databind.json.JsonMapper json) {
		this.json = json;
		this.links = links;
		this.photos = photos;
		this.jdbc = jdbc;
		this.geometries = geometries;
		this.units = units;
		this.cipher = cipher;
		this.audit = audit;
		this.clock = clock;
		this.settings = settings;
		this.deadline = new TipDeadline(settings.responseDays(), clock.getZone());
	}

	TipDeadline deadline() {
		return deadline;
	}

	/** Files a tip from the public; returns its reference code (stored form). */
	@Transactional
	String submit(NewTip tip, List<MultipartFile> photoFiles) {
		List<String> findings = findings(tip.findings());
		Dates.notInFuture("seenOn", tip.seenOn(), clock);
		if (tip.seenOn().isBefore(LocalDate.now(clock).minusYears(1))) {
			throw ApiProblem.invalid("seenOn", "tip.seen-too-long-ago");
		}
		Geometry point = geometries.point(tip.position().lon(), tip.position().lat(), "position");
		CommuneRef commune = units.communeAt(point).orElseThrow(() -> ApiProblem.invalid("position",
				"outside-province", tip.position().lon(), tip.position().lat()));
		String contact = contact(tip.contact());
		if (tip.siteId() != null && !publicSiteExists(tip.siteId())) {
			throw ApiProblem.invalid("siteId", "not-found.site", tip.siteId());
		}
		Long sameAs = tip.sameAs() == null ? null : openTipNear(tip.sameAs(), point);
		List<String> hashes = photoFiles.isEmpty() ? List.of() : photos.accept(photoFiles);
		Instant now = clock.instant();
		String reference = TipReferences.next();
		long id = jdbc.sql("""
				INSERT INTO tip (reference, geom, commune_code, officials_involved, findings, seen_on, description,
				                 reported_site_id, same_as_tip_id, received_at, respond_by, status_changed_at)
				VALUES (:reference, ST_GeomFromWKB(:wkb, 4326), :commune, :bypass, CAST(:findings AS text[]), :seenOn,
				        :description, :siteId, :sameAs, :now, :respondBy, :now)
				RETURNING id""")
			.param("reference", reference).param("wkb", new WKBWriter().write(point)).param("commune", commune.code())
			.param("bypass", tip.bypass()).param("findings", findings.toArray(String[]::new))
			.param("seenOn", tip.seenOn()).param("description", blankToNull(tip.description()))
			.param("siteId", tip.siteId()).param("sameAs", sameAs).param("now", now.atOffset(ZoneOffset.UTC))
			.param("respondBy", deadline.respondBy(now))
			.query(Long.class).single();
		if (contact != null) {
			jdbc.sql("UPDATE tip SET contact_cipher = :cipher WHERE id = :id")
				.param("cipher", cipher.encrypt(contact, id)).param("id", id).update();
		}
		photos.cite(id, null, hashes);
		audit.recordWithoutAddress("tip.create", "tip", id, null, created(id, hashes));
		return reference;
	}

	/** What a reporter adds with the reference code; 404 (saying nothing more) when the code is not a tip's. */
	@Transactional
	void add(String typedReference, @Nullable String text, List<MultipartFile> photoFiles) {
		long id = byReference(typedReference);
		String words = text == null ? "" : text.strip();
		if (words.isEmpty() && photoFiles.isEmpty()) {
			throw ApiProblem.invalid("text", "constraint.NotBlank");
		}
		if (words.length() > 2000) {
			throw ApiProblem.invalid("text", "constraint.Size", "0", "2000");
		}
		List<String> hashes = photoFiles.isEmpty() ? List.of() : photos.accept(photoFiles);
		long addition = jdbc.sql("""
				INSERT INTO tip_addition (tip_id, added_at, text) VALUES (:tip, :now, :text) RETURNING id""")
			.param("tip", id).param("now", clock.instant().atOffset(ZoneOffset.UTC)).param("text", words)
			.query(Long.class).single();
		photos.cite(id, addition, hashes);
		String after = audit.snapshot("tip_addition", addition);
		audit.recordWithoutAddress("tip.addition", "tip", id, null, hashes.isEmpty() ? after
				: after.substring(0, after.length() - 1) + ", \"photos\": " + jsonList(hashes) + "}");
	}

	/** The new tip's row as the audit trail keeps it, with the hashes of its photos. */
	private @Nullable String created(long id, List<String> hashes) {
		String row = snapshot(id);
		return row == null || hashes.isEmpty() ? row
				: row.substring(0, row.length() - 1) + ", \"photos\": " + jsonList(hashes) + "}";
	}

	/**
	 * The tip's row for the audit trail without what only the reporter should hold or what is secret even encrypted:
	 * the reference (whoever has it follows and adds to the tip) and the contact's ciphertext.
	 */
	private @Nullable String snapshot(long id) {
		String row = audit.snapshot("tip", id);
		if (row == null) {
			return null;
		}
		tools.jackson.databind.node.ObjectNode node = (tools.jackson.databind.node.ObjectNode) json.readTree(row);
		node.remove(List.of("reference", "contact_cipher"));
		node.set("confirmations", json.valueToTree(jdbc.sql(
				"SELECT kind || ':' || record_id FROM tip_confirmation WHERE tip_id = :id ORDER BY id")
			.param("id", id).query(String.class).list()));
		return node.toString();
	}

	private static String jsonList(List<String> hashes) {
		// hashes are 64 hex digits: nothing to escape
		return hashes.stream().map(h -> "\"" + h + "\"").collect(java.util.stream.Collectors.joining(", ", "[", "]"));
	}

	/** The tip a typed reference stands for; the same 404 for a malformed code as for an unknown one. */
	long byReference(String typedReference) {
		return TipReferences.normalise(typedReference)
			.flatMap(code -> jdbc.sql("SELECT id FROM tip WHERE reference = ?").param(code).query(Long.class).optional())
			.orElseThrow(() -> ApiProblem.notFound("tip-reference", "…"));
	}

	/**
	 * The reporter's contact, for the department and the police only; every reading is audited (the fact, not the
	 * contact). Empty when the reporter left none.
	 */
	@Transactional
	Optional<String> contact(long id) {
		if (!TipVisibility.province()) {
			throw ApiProblem.forbidden("contact", "tip.contact-not-allowed");
		}
		byte[] stored = jdbc.sql("SELECT contact_cipher FROM tip WHERE id = ?").param(id)
			.query((rs, n) -> Optional.ofNullable(rs.getBytes(1))).optional()
			.orElseThrow(() -> ApiProblem.notFound("tip", id)).orElse(null);
		audit.record("tip.view_contact", "tip", id, null, "{\"contact\": \"" + (stored == null ? "none" : "shown")
				+ "\"}");
		return stored == null ? Optional.empty() : Optional.of(cipher.decrypt(stored, id));
	}

	/** A handler's change under If-Match: status, links, note. */
	@Transactional
	int change(long id, int expectedVersion, TipChange change) {
		TipRow tip = visible(id);
		if (tip.version() != expectedVersion) {
			throw vn.diemnong.common.StaleVersion.problem();
		}
		TipStatus next = change.status() == null ? tip.status()
				: Coded.parse(TipStatus.class, "status", change.status());
		if (next != tip.status() && !tip.status().canMoveTo(next)) {
			throw ApiProblem.invalid("status", "tip.status-transition", tip.status().code(), next.code());
		}
		Long duplicateOf = change.duplicateOf() != null ? checkedDuplicate(id, change.duplicateOf()) : tip.duplicateOf();
		if (next == TipStatus.DUPLICATE && duplicateOf == null) {
			throw ApiProblem.invalid("duplicateOf", "constraint.NotNull");
		}
		Long siteId = tip.siteId();
		if (Boolean.TRUE.equals(change.newSuspectedSite())) {
			siteId = links.newSite(tip);
		}
		else if (change.siteId() != null) {
			siteId = links.site(change.siteId());
		}
		if (next == TipStatus.VERIFIED && siteId == null) {
			throw ApiProblem.invalid("siteId", "tip.verified-needs-site");
		}
		TipChange.Confirmation confirmed = change.confirmedBy();
		Long linkedSite = siteId;
		change.allConfirmations().forEach((field, confirmation) -> links.requireConfirmation(confirmation, linkedSite,
				field));
		String before = snapshot(id);
		int version = jdbc.sql("""
				UPDATE tip SET status = :status, duplicate_of = :duplicateOf, site_id = :siteId,
				       confirmed_by_kind = coalesce(:kind, confirmed_by_kind), confirmed_by_id = coalesce(:ref, confirmed_by_id),
				       handler_note = coalesce(:note, handler_note), version = version + 1,
				       status_changed_at = CASE WHEN status = :status THEN status_changed_at ELSE :now END
				WHERE id = :id AND version = :version
				RETURNING version""")
			.param("status", next.code()).param("duplicateOf", duplicateOf).param("siteId", siteId)
			.param("kind", confirmed == null ? null : confirmed.kind()).param("ref", confirmed == null ? null : confirmed.id())
			.param("note", blankToNull(change.note())).param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.param("id", id).param("version", expectedVersion)
			.query(Integer.class).optional().orElseThrow(vn.diemnong.common.StaleVersion::problem);
		for (TipChange.Confirmation confirmation : change.allConfirmations().values()) {
			jdbc.sql("""
					INSERT INTO tip_confirmation (tip_id, kind, record_id, site_id, linked_by)
					VALUES (:tip, :kind, :record, :site, :by)
					ON CONFLICT (tip_id, kind, record_id) DO NOTHING""")
				.param("tip", id).param("kind", confirmation.kind()).param("record", confirmation.id())
				.param("site", siteId).param("by", Actor.current())
				.update();
		}
		audit.record("tip.update", "tip", id, before, snapshot(id));
		return version;
	}

	record TipRow(long id, TipStatus status, int version, @Nullable Long duplicateOf, @Nullable Long siteId,
			double lon, double lat, String communeCode) {
	}

	/** A tip the caller may handle; 404 otherwise (as for one that does not exist). */
	TipRow visible(long id) {
		Map<String, Object> params = new HashMap<>();
		params.put("id", id);
		return jdbc.sql("""
				SELECT t.id, t.status, t.version, t.duplicate_of, t.site_id, ST_X(t.geom) AS lon, ST_Y(t.geom) AS lat,
				       t.commune_code
				FROM tip t WHERE t.id = :id AND %s""".formatted(TipVisibility.condition("t", params)))
			.params(params)
			.query((rs, n) -> new TipRow(rs.getLong("id"), TipStatus.of(rs.getString("status")), rs.getInt("version"),
					rs.getObject("duplicate_of", Long.class), rs.getObject("site_id", Long.class), rs.getDouble("lon"),
					rs.getDouble("lat"), rs.getString("commune_code")))
			.optional().orElseThrow(() -> ApiProblem.notFound("tip", id));
	}

	private Long checkedDuplicate(long id, long other) {
		if (other == id) {
			throw ApiProblem.invalid("duplicateOf", "tip.duplicate-of-itself");
		}
		try {
			return visible(other).id();
		}
		catch (ApiProblem ex) {
			throw ApiProblem.invalid("duplicateOf", "not-found.tip", other);
		}
	}

	private static List<String> findings(List<String> codes) {
		LinkedHashSet<String> findings = new LinkedHashSet<>();
		for (String code : codes) {
			findings.add(Coded.parse(Finding.class, "findings", code).code());
		}
		return List.copyOf(findings);
	}

	/** The contact as given, when it reads as a phone number or an e-mail address; never echoed in a refusal. */
	private @Nullable String contact(@Nullable String contact) {
		if (contact == null || contact.isBlank()) {
			return null;
		}
		String trimmed = contact.strip();
		if (!PHONE.matcher(trimmed).matches() && !EMAIL.matcher(trimmed).matches()) {
			throw ApiProblem.invalid("contact", "tip.contact-invalid");
		}
		if (!cipher.available()) {
			throw ApiProblem.invalid("contact", "tip.contact-unavailable");
		}
		return trimmed;
	}

	private boolean publicSiteExists(long siteId) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM site_current WHERE id = ?)").param(siteId).query(Boolean.class)
			.single();
	}

	/** The open tip (not one past the commune) a reporter adds to, if it is near enough; a plain refusal otherwise. */
	private Long openTipNear(java.util.UUID handle, Geometry point) {
		return jdbc.sql("""
				SELECT id FROM tip
				WHERE handle = :handle AND status IN ('received', 'verifying') AND NOT officials_involved
				  AND ST_DWithin(geom::geography, ST_GeomFromWKB(:wkb, 4326)::geography, :metres)""")
			.param("handle", handle).param("wkb", new WKBWriter().write(point)).param("metres", settings.nearbyMetres())
			.query(Long.class).optional()
			.orElseThrow(() -> ApiProblem.invalid("sameAs", "tip.same-as-unknown"));
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
