# Reference values for the tests of vn.diemnong.hotspot.stats (see scripts/README-spdep.md).
#
#   Rscript scripts/spdep-reference.R             # (re)compute the Gi* reference from the existing input
#   Rscript scripts/spdep-reference.R --generate  # first rewrite the input lattice and values, then as above
#
# Run from the repository root. Writes src/test/resources/hotspot/gi-input.csv (with --generate) and
# src/test/resources/hotspot/gi-spdep-reference.csv, then prints the Mann-Kendall, Benjamini-Hochberg and normal
# tail values that MannKendallTest, FalseDiscoveryRateTest and NormalTest hold as constants.

suppressPackageStartupMessages(library(spdep))

dir <- "src/test/resources/hotspot"
input_file <- file.path(dir, "gi-input.csv")
reference_file <- file.path(dir, "gi-spdep-reference.csv")

# ---------------------------------------------------------------------------------------------------------------
# Input: the cells PostGIS ST_HexagonGrid(500, ST_MakeEnvelope(590000, 2320000, 630000, 2350000, 32648)) returns,
# with deterministic values: a few smooth clusters over a background of zeros, plus isolated spikes.

edge <- 500
H <- 0.8660254037844387 # PostGIS's own cos(pi/6), see HexLattice
bounds <- c(590000, 2320000, 630000, 2350000)

hexagon_grid_cells <- function(edge, bounds) {
  col_width <- 1.5 * edge
  row_height <- edge * 2 * H
  first <- floor(bounds[1] / col_width)
  if (bounds[1] - first * col_width > edge) first <- first + 1
  last <- ceiling(bounds[3] / col_width)
  if (last * col_width - bounds[3] > edge) last <- last - 1
  cells <- lapply(first:last, function(i) {
    shift <- if (i %% 2 != 0) 0 else 0.5
    j <- floor(bounds[2] / row_height + shift):floor(bounds[4] / row_height + shift)
    data.frame(i = i, j = j)
  })
  cells <- do.call(rbind, cells)
  cells$x <- edge * (1.5 * cells$i + 0)
  cells$y <- row_height * (cells$j + 0.5 * (abs(cells$i) %% 2) + 0)
  cells
}

generate_input <- function() {
  set.seed(20240611)
  cells <- hexagon_grid_cells(edge, bounds)
  n <- nrow(cells)
  centres <- data.frame(x = runif(9, bounds[1], bounds[3]), y = runif(9, bounds[2], bounds[4]),
                        sd = runif(9, 1200, 4000), amplitude = runif(9, 15, 120))
  level <- rep(0, n)
  for (k in seq_len(nrow(centres))) {
    d2 <- (cells$x - centres$x[k])^2 + (cells$y - centres$y[k])^2
    level <- level + centres$amplitude[k] * exp(-d2 / (2 * centres$sd[k]^2))
  }
  value <- level * rlnorm(n, 0, 0.35)
  value[value < 3] <- 0
  spikes <- sample.int(n, round(n / 100))
  value[spikes] <- runif(length(spikes), 5, 80)
  cells$value <- round(value, 2)
  cells$id <- seq_len(n)
  lines <- sprintf("%d,%d,%d,%.17g,%.17g,%.2f", cells$id, cells$i, cells$j, cells$x, cells$y, cells$value)
  writeLines(c("id,i,j,x,y,value", lines), input_file)
  cat(sprintf("wrote %s: %d cells, %d zero\n", input_file, n, sum(cells$value == 0)))
}

if ("--generate" %in% commandArgs(trailingOnly = TRUE)) generate_input()

# ---------------------------------------------------------------------------------------------------------------
# Gi* reference: dnearneigh(0, band) + include.self + binary weights, spdep::localG.
#
# Two bands: the ArcGIS default (largest nearest-neighbour distance, which here is the centre spacing
# sqrt(3) * edge) and 2000 m (three rings). A band equal to a lattice distance sits exactly on the distance of many
# pairs, whose computed distances differ in the last bit; like HexLattice, the band is widened by 1e-9 relative so
# that all of them count.

cells <- read.csv(input_file)
coords <- cbind(cells$x, cells$y)
default_band <- max(unlist(nbdists(knn2nb(knearneigh(coords, k = 1)), coords)))
bands <- c(default_band, 2000)

reference <- do.call(rbind, lapply(bands, function(band) {
  nb <- include.self(dnearneigh(coords, 0, band * (1 + 1e-9)))
  z <- as.vector(localG(cells$value, nb2listw(nb, style = "B")))
  data.frame(band = sprintf("%.17g", band), id = cells$id, card = card(nb), z = sprintf("%.15g", z))
}))
header <- sprintf("# spdep %s on %s: localG over include.self(dnearneigh(coords, 0, band)), style B; n = %d",
                  packageVersion("spdep"), R.version.string, nrow(cells))
rows <- paste(reference$band, reference$id, reference$card, reference$z, sep = ",")
writeLines(c(header, "band,id,card,z", rows), reference_file)
cat(sprintf("wrote %s: n = %d, default band %.17g\n", reference_file, nrow(cells), default_band))

# ---------------------------------------------------------------------------------------------------------------
# Mann-Kendall in base R (Kendall is not packaged for Debian): S, tie-corrected var(S), tau-b, continuity-corrected
# z and two-sided p, the quantities Kendall::MannKendall reports.

mann_kendall <- function(x) {
  n <- length(x)
  s <- 0
  for (i in seq_len(n - 1)) s <- s + sum(sign(x[(i + 1):n] - x[i]))
  t <- table(x)
  var_s <- (n * (n - 1) * (2 * n + 5) - sum(t * (t - 1) * (2 * t + 5))) / 18
  tau <- s / sqrt(n * (n - 1) / 2 * (n * (n - 1) / 2 - sum(t * (t - 1) / 2)))
  z <- if (s == 0) 0 else (s - sign(s)) / sqrt(var_s)
  c(S = s, varS = var_s, tau = tau, z = z, p = 2 * pnorm(-abs(z)))
}
series <- list(
  rising = c(1.2, 2.3, 2.1, 3.8, 4.0, 3.9, 5.5, 6.1, 5.8, 7.2, 7.9, 8.4),
  tied = c(3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4),
  falling = c(9.5, 9.1, 9.7, 8.2, 8.0, 7.7, 7.9, 6.0, 5.2, 5.5, 4.1, 3.0, 3.3, 2.2),
  flat_with_ties = c(2, 2, 3, 2, 3, 3, 2, 3)
)
cat("\nMann-Kendall:\n")
for (name in names(series)) {
  cat(name, ":", sprintf("%.17g", mann_kendall(series[[name]])), "\n")
}

# ---------------------------------------------------------------------------------------------------------------
p <- c(0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.3240, 0.4262, 0.5719, 0.6528,
       0.7590, 1.000, 0.0201, 0.0459, 0.08, 0.081, 0.2)
cat("\nBH:", sprintf("%.17g", p.adjust(p, method = "BH")), "\n")

z <- c(0, 1e-8, 0.5, 1, 1.2345, 1.6448536269514722, 1.959963984540054, 2.5758293035489004, 3, 4.5, 6, 8.25, 12,
       20, 30, 37.5)
cat("\nTwo-sided p:", sprintf("%.17g", 2 * pnorm(-z)), "\n")
