package vn.diemnong.hotspot.stats;

/**
 * Tail probabilities of the standard normal distribution, accurate to 2e-14 relative at worst (around z = 2.1) and
 * to about 1e-15 in the far tail, down to the smallest normal double (z = 37.5); beyond that they underflow.
 */
final class Normal {

	private static final double SQRT_PI = Math.sqrt(Math.PI);
	private static final double SERIES_LIMIT = 1.5;
	private static final int MAX_TERMS = 500;

	private Normal() {
	}

	/**
	 * @param z a standard normal score
	 * @return P(|Z| &ge; |z|), the two-sided p-value; NaN for NaN
	 */
	static double twoSidedP(double z) {
		return erfc(Math.abs(z) / Math.sqrt(2.0));
	}

	/**
	 * The complementary error function: a power series for erf below 1.5, where 1 - erf loses at most a digit, and
	 * above it the Laplace continued fraction in its even (contracted) form, which converges fast there.
	 */
	static double erfc(double x) {
		if (Double.isNaN(x)) {
			return Double.NaN;
		}
		if (x < 0) {
			return 2.0 - erfc(-x);
		}
		if (x < SERIES_LIMIT) {
			return 1.0 - erf(x);
		}
		if (x > 27.3) {
			return 0.0;
		}
		return gaussian(x) / SQRT_PI * 2 * x / continuedFraction(x);
	}

	/** erf(x) = 2/sqrt(pi) exp(-x^2) sum 2^n x^(2n+1) / (1 * 3 * ... * (2n+1)); every term positive. */
	private static double erf(double x) {
		double t = 2 * x * x;
		double term = x;
		double sum = x;
		for (int n = 1; n < MAX_TERMS && term > sum * 1e-17; n++) {
			term *= t / (2 * n + 1);
			sum += term;
		}
		return 2 / SQRT_PI * gaussian(x) * sum;
	}

	/** 2x^2 + 1 - 1*2 / (2x^2 + 5 - 3*4 / (2x^2 + 9 - ...)), by the modified Lentz method. */
	private static double continuedFraction(double x) {
		double t = 2 * x * x;
		double tiny = 1e-300;
		double f = t + 1;
		double c = f;
		double d = 0;
		for (int n = 1; n < MAX_TERMS; n++) {
			double a = -(2.0 * n - 1) * (2.0 * n);
			double b = t + 4.0 * n + 1;
			d = nonZero(b + a * d, tiny);
			c = nonZero(b + a / c, tiny);
			d = 1 / d;
			double delta = c * d;
			f *= delta;
			if (Math.abs(delta - 1) < 1e-16) {
				break;
			}
		}
		return f;
	}

	private static double nonZero(double value, double tiny) {
		return (value == 0) ? tiny : value;
	}

	/** exp(-x^2) without the error of rounding x^2: x is split so that the large part squares exactly. */
	private static double gaussian(double x) {
		double high = Math.floor(x * 16) / 16;
		double rest = (x - high) * (x + high);
		return Math.exp(-high * high) * Math.exp(-rest);
	}
}
