/**
 * The numeric limits of the national technical regulations (QCVN 40 wastewater, 19 emissions, 05 ambient air,
 * 26 noise) with their versions and validity, so that every sample is judged against the limit in force on its date.
 */
@NullMarked
package vn.diemnong.regulation;

import org.jspecify.annotations.NullMarked;
