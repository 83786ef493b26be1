package vn.diemnong.demo;

/** One row of the 1 July 2025 crosswalk: an old commune and the current commune it went into. */
record Predecessor(String oldCode, String oldName, String newCode) {
}
