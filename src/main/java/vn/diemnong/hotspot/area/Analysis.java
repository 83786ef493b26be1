package vn.diemnong.hotspot.area;

import java.time.LocalDate;

/**
 * What a Gi* analysis is asked for.
 *
 * @param cell     hexagon edge length in metres
 * @param band     fixed distance band in metres, or 0 for the default (the smallest giving every cell a neighbour)
 * @param fdr      whether classes are corrected for the false discovery rate (Benjamini–Hochberg)
 */
record Analysis(LocalDate from, LocalDate to, double cell, double band, AnalysisValue value, boolean fdr) {
}
