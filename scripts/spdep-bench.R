# Times spdep on the very cells, values and band of a Gi* answer of the service, and compares the z-scores.
#   Rscript scripts/spdep-bench.R answer.geojson
# Needs Debian's r-cran-spdep and r-cran-jsonlite.
suppressPackageStartupMessages({ library(spdep); library(jsonlite) })
args <- commandArgs(trailingOnly = TRUE)
answer <- fromJSON(args[1], simplifyVector = TRUE)
p <- answer$features$properties
coords <- cbind(p$x, p$y)
band <- answer$distanceBand * (1 + 1e-9)
t0 <- Sys.time()
nb <- include.self(dnearneigh(coords, 0, band))
lw <- nb2listw(nb, style = "B")
t1 <- Sys.time()
z <- as.numeric(localG(p$value, lw))
t2 <- Sys.time()
cat(sprintf("spdep %d cells at %g m: weights %.0f ms, localG %.0f ms, total %.0f ms; max |z_service - z_spdep| = %.2e\n",
            nrow(coords), answer$cellSize, 1000 * as.numeric(t1 - t0, units = "secs"),
            1000 * as.numeric(t2 - t1, units = "secs"), 1000 * as.numeric(t2 - t0, units = "secs"),
            max(abs(z - p$z))))
