/**
 * Signed commitments (the Bắc Ninh directive: every suspected household and facility signs that it will not recycle or
 * collect scrap), their coverage per commune, and broken commitments.
 * <p>
 * Published for other modules (V19):
 * <ul>
 * <li>{@code commitment_fact}: every commitment, with {@code superseded} when a later one of its site replaced it;</li>
 * <li>{@code broken_commitment}: one row per site whose commitment was broken: it was seen working after signing and
 * while the commitment was in force (a status change to {@code reactivated} or {@code operating}, or a field
 * observation that found it {@code working} or {@code scrap_brought_in}). Columns
 * {@code site_id, commitment_id, signed_on, valid_until, broken_on, evidence_type (status_event | observation),
 * evidence_id, filed_commune_code, current}; {@code current} is false once the site signed a newer commitment. The risk score reads it (reason
 * {@code broken-commitment}); a watch list shows these sites first with
 * {@code SELECT * FROM broken_commitment b JOIN site_current s ON s.id = b.site_id ORDER BY b.broken_on DESC};</li>
 * <li>{@code commitment_needed(kind, trade, compound, ever_reactivated)} and
 * {@code commitment_valid_on(signed_on, valid_until, superseded, day)}: which sites must sign, and when one is
 * valid.</li>
 * </ul>
 * The scan of the signed page is a photo of the photo module (same checks, SHA-256 of the bytes received); this module
 * tells it who may read a scan ({@link vn.diemnong.commitment.CommitmentScans}): those who may read the commitment.
 */
@NullMarked
package vn.diemnong.commitment;

import org.jspecify.annotations.NullMarked;
