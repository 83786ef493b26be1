package vn.diemnong.photo;

/**
 * Implemented (as a Spring bean) by every module whose records cite photos by hash: observations, commitments, tips.
 * A photo may be read by a caller when at least one implementation says so.
 */
public interface PhotoCitations {

	/**
	 * Whether the current caller may see at least one of this module's records that cites the photo (under the
	 * module's own scope rules, e.g. {@link vn.diemnong.common.Scope#covers}).
	 */
	boolean visible(String sha256);
}
