/**
 * Photos received as evidence, named by the SHA-256 of the bytes as received. Published API (kept small; the
 * observation, commitment and tip features build on it):
 * <ul>
 * <li>{@link vn.diemnong.photo.Photos#accept(java.util.List)}: checks uploads by content (JPEG or PNG by their magic
 * bytes and a real decode, at most {@code diemnong.photo.max-bytes} each, 10 MB by default), hashes the bytes as
 * received, stores a copy re-encoded without EXIF (location, device) and a thumbnail through the {@link
 * vn.diemnong.photo.PhotoStore}, and records each in the append-only {@code photo} table (the EXIF position as a
 * field), in the caller's transaction, with an audit event per new photo. Bad uploads are refused as one 400 problem
 * naming each upload's field ({@code photo.wrong-type}, {@code photo.too-large}, {@code photo.undecodable}).</li>
 * <li>{@link vn.diemnong.photo.Photos#find(String)}: a photo's record by hash.</li>
 * <li>{@link vn.diemnong.photo.PhotoCitations}: a module whose records cite photos implements it as a bean;
 * {@code GET /api/v1/photos/{sha256}[?size=thumb]} answers only when one of them says the caller may see a record
 * citing the photo, and 404 otherwise (whether the photo exists is not for others to learn).</li>
 * <li>{@link vn.diemnong.photo.PhotoStore}: where the bytes live; the first implementation is the file system under
 * {@code diemnong.photo.directory} (by default {@code photos/} next to the embedded database); a bean of another
 * implementation (an object store) replaces it.</li>
 * </ul>
 */
@NullMarked
package vn.diemnong.photo;

import org.jspecify.annotations.NullMarked;
